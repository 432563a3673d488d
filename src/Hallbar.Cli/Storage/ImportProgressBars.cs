using Hallbar.Data.Transfer;
using Spectre.Console;

namespace Hallbar.Cli.Storage;

/// <summary>An import's steps as progress bars, each added when its step begins; reported to from any thread.</summary>
internal sealed class ImportProgressBars(ProgressContext context) : IProgress<ImportProgress>
{
    private readonly Dictionary<ImportStep, ProgressTask> _bars = [];

    public void Report(ImportProgress value)
    {
        lock (_bars)
        {
            if (!_bars.TryGetValue(value.Step, out var bar))
            {
                _bars[value.Step] = bar = context.AddTask(Describe(value.Step));
            }

            // A step whose size is not known (a workbook being opened, the whole being checked) as a bar that only moves.
            bar.IsIndeterminate = value.Total == 0;
            bar.MaxValue = Math.Max(value.Total, 1);
            bar.Value = value.Done;
        }
    }

    private static string Describe(ImportStep step) => step switch
    {
        ImportStep.Reading => "Läser filen",
        ImportStep.Checking => "Kontrollerar raderna",
        ImportStep.Writing => "Skriver utfallen",
        _ => "Kontrollerar helheten",
    };
}
