using Constructs;
using Amazon.JSII.Runtime.Deputy;
using WsRouteResponses.Modeling;

namespace WsRouteResponses.Validation;

/// <summary>
/// The rules that need every element of an API (routes sharing an integration may be added later), run
/// when cdktf validates: warnings go to the constructs concerned; errors of constructs that check them
/// themselves (<see cref="OwnerRules"/>) are theirs, the others are reported here.
/// </summary>
internal sealed class WholeConfigurationRules(ApiModel model) : DeputyBase, IValidation
{
    public string[] Validate() => model.CheckWhole()
        .Where(e => !model.HasOwnValidation(e.Path))
        .Select(e => $"(on {e.Path}) {SynthErrorReport.ValidationMessage(e.Message, e.CreatedAt)}").ToArray();
}
