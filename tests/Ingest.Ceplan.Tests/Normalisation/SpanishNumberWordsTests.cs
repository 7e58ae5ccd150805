using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Tests.Normalisation;

public sealed class SpanishNumberWordsTests
{
    [Theory]
    [InlineData("cero", 0)]
    [InlineData("uno", 1)]
    [InlineData("un", 1)]
    [InlineData("nueve", 9)]
    [InlineData("quince", 15)]
    [InlineData("dieciséis", 16)]
    [InlineData("dieciseis", 16)]
    [InlineData("veintidós", 22)]
    [InlineData("veintidos", 22)]
    [InlineData("VEINTITRÉS", 23)]
    [InlineData("treinta y cuatro", 34)]
    [InlineData("Treinta Y Dos", 32)]
    [InlineData("cuarenta", 40)]
    [InlineData("noventa y nueve", 99)]
    [InlineData("cien", 100)]
    [InlineData("ciento cinco", 105)]
    [InlineData("ciento treinta y uno", 131)]
    [InlineData("doscientos", 200)]
    [InlineData("doscientas cuarenta", 240)]
    [InlineData("trescientos cincuenta y un", 351)]
    [InlineData("Trecientos cincuenta y un", 351)]
    [InlineData("quinientos", 500)]
    [InlineData("novecientos noventa y nueve", 999)]
    [InlineData("mil", 1000)]
    [InlineData("mil doscientos", 1200)]
    [InlineData("dos mil veinticuatro", 2024)]
    [InlineData("treinta y cuatro mil quinientos", 34500)]
    [InlineData("novecientos noventa y nueve mil novecientos noventa y nueve", 999999)]
    public void TryParse_NumberWords_GivesValue(string words, int expected)
    {
        Assert.True(SpanishNumberWords.TryParse(words, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("y")]
    [InlineData("treinta y")]
    [InlineData("ciento")]
    [InlineData("cuatro cinco")]
    [InlineData("mil mil")]
    [InlineData("treinta y cuatro acciones")]
    [InlineData("34")]
    [InlineData("veinte y dos y")]
    public void TryParse_NotANumber_ReturnsFalse(string? words)
    {
        Assert.False(SpanishNumberWords.TryParse(words, out _));
    }

    [Theory]
    [InlineData("treinta", true)]
    [InlineData("y", true)]
    [InlineData("mil", true)]
    [InlineData("Acciones", false)]
    public void IsNumberWord_Word_TellsWhetherItCounts(string word, bool expected)
    {
        Assert.Equal(expected, SpanishNumberWords.IsNumberWord(word));
    }
}
