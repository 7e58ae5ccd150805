namespace Ingest.Pdf.Tests.Text;

/// <summary>
/// Lines read off the page left to right come out in reading order. The cases are those of tabula-java's
/// <c>indictb1h_14.pdf</c>, whose Hebrew labels our tables gave reversed (<c>לכה ךס</c> for <c>סך הכל</c>); poppler's text
/// output reads them as expected here, except that it leaves brackets unmirrored.
/// </summary>
public sealed class BidiTextTests
{
    [Theory]
    [InlineData("Total 2.6")]
    [InlineData("-4.3")]
    [InlineData("")]
    public void ToLogical_NoRightToLeftLetter_ReturnsTheTextAsItIs(string text) =>
        Assert.Same(text, BidiText.ToLogical(text));

    [Theory]
    [InlineData("לכה ךס", "סך הכל")]
    [InlineData("שפנל - לכה ךס", "סך הכל - לנפש")]
    [InlineData("אמייק-ינב םירצומ טעמל", "למעט מוצרים בני-קיימא")]
    public void ToLogical_HebrewLabelReadLeftToRight_ReadsRightToLeft(string visual, string logical) =>
        Assert.Equal(logical, BidiText.ToLogical(visual));

    [Fact]
    public void ToLogical_ColonSeenAtTheLeftOfHebrew_EndsTheLine() =>
        Assert.Equal("ההוצאה לצריכה ציבורית:", BidiText.ToLogical(":תירוביצ הכירצל האצוהה"));

    [Fact]
    public void ToLogical_NumberInsideHebrew_KeepsItsDigitsLeftToRightAndMirrorsTheBrackets() =>
        Assert.Equal("ההוצאה לצריכה אינדיבידואלית (12) לנפש", BidiText.ToLogical("שפנל (12) תילאודיבידניא הכירצל האצוהה"));

    [Fact]
    public void ToLogical_BracketsSeenAroundHebrew_AreMirrored() =>
        Assert.Equal("תעשייה (ללא יהלומים)", BidiText.ToLogical("(םימולהי אלל) היישעת"));

    [Fact]
    public void ToLogical_DecimalNumbersBetweenHebrewWords_StayWhole() =>
        Assert.Equal("שיעור 3.5% בשנת 2014", BidiText.ToLogical("2014 תנשב 3.5% רועיש"));

    [Fact]
    public void ToLogical_HebrewInsideALatinLine_ReversesOnlyTheHebrew() =>
        Assert.Equal("Jeremy is שלום עולם in Hebrew", BidiText.ToLogical("Jeremy is םלוע םולש in Hebrew"));

    [Fact]
    public void ToLogical_ArabicPresentationForms_ReadRightToLeft() =>
        Assert.Equal("\uFE8D\uFEE7\uFE8E", BidiText.ToLogical("\uFE8E\uFEE7\uFE8D"));

    [Theory]
    [InlineData("שפנל (12) תילאודיבידניא")]
    [InlineData("Jeremy is םלוע םולש in Hebrew")]
    [InlineData("2014 תנשב 3.5% רועיש")]
    public void ToLogical_AppliedTwice_GivesBackTheVisualOrder(string visual) =>
        Assert.Equal(visual, BidiText.ToLogical(BidiText.ToLogical(visual)));

    [Fact]
    public void Text_TextLineOfHebrewWords_IsInReadingOrder()
    {
        static Word At(string text, double left) => new(text, new PdfRect(left, 0, left + 20, 10), "F", 10, false, false, 0);
        var line = new TextLine([At("לכה", 0), At("ךס", 25)], new PdfRect(0, 0, 45, 10));
        Assert.Equal("סך הכל", line.Text);
    }
}
