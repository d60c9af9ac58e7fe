using Amazon.JSII.Runtime.Deputy;
using WsRouteResponses.TerraformStrings;

namespace WsRouteResponses.Synthesis;

/// <summary>The value of an API's routes output, made at synth when every route exists: route key to the route's ids.</summary>
internal sealed class RoutesOutput(WebSocketApi api) : DeputyBase, IAnyProducer
{
    public object Produce(IResolveContext context) =>
        api.Routes.ToDictionary(r => api.HclOutput ? HclText.Escape(TerraformText.Escape(r.RouteKey)) : TerraformText.Escape(r.RouteKey), r => (object)r.OutputAttributes());
}
