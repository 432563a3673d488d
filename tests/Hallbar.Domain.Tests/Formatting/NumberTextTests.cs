using Hallbar.Domain.Formatting;

namespace Hallbar.Domain.Tests.Formatting;

public sealed class NumberTextTests
{
    [Theory]
    // Swedish readers expect a decimal comma and a space before the percent sign.
    [InlineData(36.9, "%", "36,9\u00A0%")]
    [InlineData(4.5, "kWh/km", "4,5\u00A0kWh/km")]
    // Reports print a hyphen for minus; .NET's sv-SE would print U+2212, which search in a PDF does not find.
    [InlineData(-36, "%", "-36\u00A0%")]
    public void WithUnit_Swedish_UsesDecimalCommaHyphenAndNoBreakSpace(double value, string unit, string expected)
    {
        Assert.Equal(expected, NumberText.WithUnit((decimal)value, unit, "sv"));
    }

    [Fact]
    public void Number_KeepsPublishedDigitsWithoutTrailingZeros()
    {
        Assert.Equal("0,2", NumberText.Number(0.20m, "sv"));
        Assert.Equal("-11,6", NumberText.Number(-11.6m, "sv"));
    }

    [Fact]
    public void SignedPercent_English_UsesDecimalPoint()
    {
        Assert.Equal("-7.7\u00A0%", NumberText.SignedPercent(-7.66m, "en"));
        Assert.Equal("+3\u00A0%", NumberText.SignedPercent(3m, "en"));
    }
}
