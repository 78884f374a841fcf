using Microsoft.Extensions.Options;
using Takomil.Analysis;

namespace Takomil.Bot.Models;

/// <summary>Section <c>Analysis</c> is checked at start-up: options the analysis would refuse stop the start, naming the field.</summary>
public sealed class AnalysisOptionsValidator : IValidateOptions<AnalysisOptions>
{
    public ValidateOptionsResult Validate(string? name, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var issues = options.Validate();
        return issues.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(issues.Select(i =>
                $"Analysis: {(i.Args.TryGetValue("field", out var field) ? field : "?")} is invalid ({i.Code})."));
    }
}
