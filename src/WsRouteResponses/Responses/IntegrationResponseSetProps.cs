
namespace WsRouteResponses;

/// <summary>Settings of an <see cref="IntegrationResponseSet"/>.</summary>
public sealed class IntegrationResponseSetProps
{
    /// <summary>The API of the integration. Default: the set's scope, when it is a <see cref="WebSocketApi"/>; required otherwise.</summary>
    public WebSocketApi? Api { get; init; }

    /// <summary>The integration the responses belong to, e.g. <see cref="ExistingIntegration.Reference"/> or <see cref="WebSocketRoute.Integration"/>. Required.</summary>
    public required IntegrationReference Integration { get; init; }

    /// <summary>The responses, at least one, each with its own key (rule <c>WSR306</c>). Required.</summary>
    public required IReadOnlyList<IntegrationResponse> Responses { get; init; }

    /// <summary>
    /// The construct id the set had before it was renamed, in the same scope: the library writes Terraform
    /// <c>moved</c> blocks so that the next apply keeps its resources instead of creating them anew, which
    /// AWS refuses while the old ones hold the same response key (ConflictException). Keep it as long as a stack that
    /// has not applied the rename may exist. For other moves see <see cref="WebSocketApi.AddMove"/>. Default: none.
    /// </summary>
    public string? RenamedFrom { get; init; }

    /// <summary>The existing integration's id for the import blocks of adopted responses, when <see cref="Integration"/>'s id is not a literal. Default: the integration's id.</summary>
    public string? IntegrationImportId { get; init; }
}
