using Amazon.JSII.Runtime.Deputy;
using Constructs;
using WsRouteResponses.Modeling;

namespace WsRouteResponses.Validation;

/// <summary>
/// The errors of the rules that need the whole configuration on one construct (a two-way route whose
/// responses may come from another route, a managed deployment), reported on it when cdktf validates.
/// </summary>
internal sealed class OwnerRules : DeputyBase, IValidation
{
    private readonly ApiModel _model;
    private readonly string _path;

    public OwnerRules(ApiModel model, string path)
    {
        _model = model;
        _path = path;
        model.AddOwnValidation(path);
    }

    public string[] Validate() =>
        _model.CheckWhole().Where(e => e.Path == _path).Select(e => SynthErrorReport.ValidationMessage(e.Message, e.CreatedAt)).ToArray();
}
