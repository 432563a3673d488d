using Hallbar.Reports.Xlsx;

namespace Hallbar.Reports.Tests.Xlsx;

public sealed class SheetNamesTests
{
    [Theory]
    // Fits as it is.
    [InlineData("Biologisk mångfald", "Biologisk mångfald")]
    // Exactly 31 characters stay whole.
    [InlineData("Minskad klimatpåverkan och klim", "Minskad klimatpåverkan och klim")]
    // Cut after the last whole word that fits, also when that word ends right at the limit.
    [InlineData("Minskad klimatpåverkan och klimatanpassad verksamhet", "Minskad klimatpåverkan och…")]
    [InlineData("Biologisk mångfald och giftfri miljö", "Biologisk mångfald och giftfri…")]
    // One long word is cut inside it rather than left almost empty.
    [InlineData("Klimatanpassningsåtgärdsuppföljningsindikatorer", "Klimatanpassningsåtgärdsuppföl…")]
    // Characters Excel forbids become spaces; an apostrophe may not open or close the name.
    [InlineData("Inköp Sörmland/Västmanland: [mål]?", "Inköp Sörmland Västmanland mål")]
    [InlineData("'Citat'", "Citat")]
    public void Unique_Name_WhatExcelAccepts(string wanted, string expected)
    {
        Assert.Equal(expected, new SheetNames().Unique(wanted, "Blad 1"));
    }

    [Fact]
    public void Unique_SameNameAgain_NumberedAndStillWithinTheLimit()
    {
        var names = new SheetNames();
        const string Area = "Minskad klimatpåverkan och klimatanpassad verksamhet";

        Assert.Equal(["Minskad klimatpåverkan och…", "Minskad klimatpåverkan och… (2)", "Minskad klimatpåverkan och… (3)"], [names.Unique(Area, "x"), names.Unique(Area, "x"), names.Unique(Area, "x")]);
    }

    [Fact]
    public void Unique_DiffersOnlyInCase_Numbered()
    {
        var names = new SheetNames();

        Assert.Equal(["Östra området", "ÖSTRA OMRÅDET (2)"], [names.Unique("Östra området", "x"), names.Unique("ÖSTRA OMRÅDET", "x")]);
    }

    [Fact]
    public void Unique_NothingLeftAfterCleaning_Fallback()
    {
        Assert.Equal("Blad 3", new SheetNames().Unique("???", "Blad 3"));
    }
}
