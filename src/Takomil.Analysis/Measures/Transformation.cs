using System.Globalization;
using System.Text.Json.Serialization;
using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>
/// One concrete change of the model. Applying it twice changes nothing the second time, and it touches only what it
/// names. Serialisable (a "type" discriminator) so the bot can keep the proposals it showed.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RequestFromAgency), "requestFromAgency")]
[JsonDerivedType(typeof(RemoveStep), "removeStep")]
[JsonDerivedType(typeof(DropPredecessor), "dropPredecessor")]
[JsonDerivedType(typeof(MakeElectronic), "makeElectronic")]
[JsonDerivedType(typeof(RouteThroughOneStopShop), "routeThroughOneStopShop")]
[JsonDerivedType(typeof(MoveToAgency), "moveToAgency")]
[JsonDerivedType(typeof(CutTimeLimit), "cutTimeLimit")]
[JsonDerivedType(typeof(MarkForMeasure), "markForMeasure")]
public abstract record Transformation
{
    /// <summary>The text key the bot renders the change from ("analysis.transform.remove_step").</summary>
    [JsonIgnore]
    public abstract string Code { get; }

    /// <summary>Order of application across proposals: data first, structure next, then form, time and marks.</summary>
    internal abstract int Stage { get; }

    internal abstract string Signature { get; }

    /// <summary>Changes the draft; true when anything changed.</summary>
    internal abstract bool ApplyTo(ModelDraft draft, Measure measure);
}
