using Ingest.Ceplan.Text;
using Ingest.Pdf;

namespace Ingest.Ceplan.Tests.Text;

public sealed class ReportTextTests
{
    private static PageContent BrowserPage(int number, int of, params (double Top, string Text)[] body)
    {
        var page = new PageBuilder(number)
            .Line(16, "29/4/22, 16:31 PEI Indicadores")
            .Line(571, $"app.ceplan.gob.pe/POI2021/Reportes/PEI/Indicador.aspx {number}/{of}");
        foreach (var (top, text) in body)
        {
            page.Line(top, text);
        }

        return page.Build();
    }

    [Fact]
    public void Build_BrowserHeaderAndFooter_AreRemoved()
    {
        var pages = new[]
        {
            BrowserPage(1, 3, (58, "Anexo B-7"), (108, "Periodo PEI : 2020 - 2025")),
            BrowserPage(2, 3, (40, "OEI.01 AEI.01.03 INVESTIGACIONES"), (300, "IND.01.AEI.01.03 numero de")),
            BrowserPage(3, 3, (40, "OEI.02 AEI.02.01 SERVICIOS"), (490, "NOTA : El porcentaje de avance ha sido truncado")),
        };

        var text = ReportText.Build(pages);

        Assert.DoesNotContain(text.Lines, l => l.Text.Contains("app.ceplan", StringComparison.Ordinal));
        Assert.DoesNotContain(text.Lines, l => l.Text.Contains("16:31", StringComparison.Ordinal));
        Assert.Equal(6, text.Removed.Count);
        Assert.Equal(6, text.Lines.Count);
        Assert.Equal("Anexo B-7", text.Lines[0].Text);
        Assert.Equal(3, text.PageCount);
        Assert.Equal(3, text.PagesWithText);
    }

    [Fact]
    public void Build_RunningHeadAndPageNumbers_AreRemoved()
    {
        var pages = Enumerable.Range(1, 4).Select(n => new PageBuilder(n, 595, 842)
            .Line(40, "Informe de Evaluación de Resultados")
            .Line(52, "del PEI – 2017-2019, Año 2018")
            .Line(150, $"Contenido de la página {n} con texto propio.")
            .Line(764, n.ToString(System.Globalization.CultureInfo.InvariantCulture), left: 570)
            .Build()).ToList();

        var text = ReportText.Build(pages);

        Assert.Equal(4, text.Lines.Count);
        Assert.All(text.Lines, l => Assert.StartsWith("Contenido", l.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_LineRepeatedOnlyOnOnePage_IsKept()
    {
        var pages = new[]
        {
            new PageBuilder(1, 595, 842).Line(40, "REPORTE DE SEGUIMIENTO").Line(300, "Texto uno.").Build(),
            new PageBuilder(2, 595, 842).Line(40, "Otra cabecera").Line(300, "Texto dos.").Build(),
            new PageBuilder(3, 595, 842).Line(40, "Tercera cabecera").Line(300, "Texto tres.").Build(),
        };

        var text = ReportText.Build(pages);

        Assert.Empty(text.Removed);
        Assert.Equal(6, text.Lines.Count);
    }

    [Fact]
    public void Build_TableHeaderRepeatedAtDifferentHeights_IsKept()
    {
        var pages = new[]
        {
            new PageBuilder(1, 595, 842).Line(300, "Texto.").Line(790, "N° Área Programadas Ejecutadas %").Build(),
            new PageBuilder(2, 595, 842).Line(300, "Texto.").Line(770, "N° Área Programadas Ejecutadas %").Build(),
        };

        var text = ReportText.Build(pages);

        Assert.Equal(2, text.Lines.Count(l => l.Text.StartsWith("N°", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_SignatureStamp_IsRemoved()
    {
        var page = new PageBuilder(1, 595, 842)
            .Line(600, "REGÍSTRESE, COMUNÍQUESE, CÚMPLASE Y ARCHÍVESE")
            .Line(659, "Firmado digitalmente por NARRO", size: 6)
            .Line(667, "MARTOS Wilder Max FAU", size: 6)
            .Line(675, "20143623042 soft", size: 6)
            .Line(683, "Motivo: Soy el autor del documento", size: 6)
            .Line(691, "Fecha: 25.04.2025 15:31:35 -05:00", size: 6)
            .Line(720, "Distribución:")
            .Build();

        var text = ReportText.Build([page]);

        Assert.Equal(["REGÍSTRESE, COMUNÍQUESE, CÚMPLASE Y ARCHÍVESE", "Distribución:"], text.Lines.Select(l => l.Text));
        Assert.Equal(5, text.Removed.Count);
    }

    [Fact]
    public void Build_FechaWithoutStamp_IsKept()
    {
        var page = new PageBuilder(1, 595, 842).Line(300, "Fecha : 26/10/2021").Build();

        Assert.Single(ReportText.Build([page]).Lines);
    }

    [Fact]
    public void Build_MixedBoldLine_MarksBoldRun()
    {
        var page = new PageBuilder(1, 595, 842).Line(300, "en su indicador, ^Número ^de ^evaluaciones tiene un avance").Build();

        var line = Assert.Single(ReportText.Build([page]).Lines);

        Assert.Equal("en su indicador, **Número de evaluaciones** tiene un avance", line.Text);
        Assert.False(line.Bold);
    }

    [Fact]
    public void Build_AllBoldLine_IsNotMarked()
    {
        var page = new PageBuilder(1, 595, 842).Line(300, "TITULO EN NEGRITA", bold: true).Build();

        var line = Assert.Single(ReportText.Build([page]).Lines);

        Assert.Equal("TITULO EN NEGRITA", line.Text);
        Assert.True(line.Bold);
    }

    [Fact]
    public void Build_TableRow_IsTabularAndItsOwnParagraph()
    {
        var page = new PageBuilder(1, 595, 842)
            .Line(100, "El cuadro muestra lo siguiente")
            .Row(111, "1", "Oficina de Informática", "1", "100 %")
            .Line(122, "y continúa el texto.")
            .Build();

        var text = ReportText.Build([page]);

        Assert.True(text.Lines[1].Tabular);
        Assert.Equal(3, text.Paragraphs.Count);
    }

    [Fact]
    public void Build_NoTextLayer_IsReported()
    {
        var text = ReportText.Build([PageBuilder.Scan(1), PageBuilder.Scan(2)]);

        Assert.True(text.HasNoTextLayer);
        Assert.Equal(2, text.ScannedPages);
        Assert.Empty(text.Lines);
    }

    [Fact]
    public void Build_Paragraphs_JoinCloseLinesAndSplitAtGaps()
    {
        var page = new PageBuilder(1, 595, 842)
            .Line(100, "La evaluación del PEI corresponde al año fiscal")
            .Line(109, "2018 y se sustenta en la información de las áreas del Instituto Geofí-")
            .Line(118, "sico del Perú.")
            .Line(150, "El referido documento cuenta con (04) Objetivos.")
            .Build();

        var text = ReportText.Build([page]);

        Assert.Equal(2, text.Paragraphs.Count);
        Assert.Equal("La evaluación del PEI corresponde al año fiscal 2018 y se sustenta en la información de las áreas del Instituto Geofísico del Perú.", text.Paragraphs[0].Text);
        Assert.Equal(100, text.Paragraphs[0].Box.Top);
        Assert.Equal(1, text.Paragraphs[1].Page);
    }

    [Fact]
    public void Build_SentenceBrokenByPageBreak_GoesOnInOneParagraph()
    {
        var pages = new[]
        {
            new PageBuilder(1, 595, 842).Line(700, "se ha logrado implementar el 11.28%, según lo informado por la").Build(),
            new PageBuilder(2, 595, 842).Line(60, "gerencia de infraestructura.").Build(),
        };

        var paragraph = Assert.Single(ReportText.Build(pages).Paragraphs);

        Assert.Equal(1, paragraph.Page);
        Assert.EndsWith("por la gerencia de infraestructura.", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ListItems_StartNewParagraphs()
    {
        var page = new PageBuilder(1, 595, 842)
            .Line(100, "Las acciones son las siguientes:")
            .Line(109, "- AEI.01.01 Prestación del servicio de agua.")
            .Line(118, "- AEI.01.02 Fortalecimiento de capacidades.")
            .Build();

        Assert.Equal(3, ReportText.Build([page]).Paragraphs.Count);
    }

    [Fact]
    public void FromLines_BlankLinesAndTabs_MakeParagraphsAndRows()
    {
        var text = ReportText.FromLines(["Primera línea", "sigue aquí.", "", "Otro párrafo.", "1\tOficina\t100 %", "\f", "Página dos."]);

        Assert.Equal(["Primera línea sigue aquí.", "Otro párrafo.", "1 Oficina 100 %", "Página dos."], text.Paragraphs.Select(p => p.Text));
        Assert.True(text.Lines[3].Tabular);
        Assert.Equal(2, text.Lines[^1].Page);
        Assert.False(text.HasNoTextLayer);
        Assert.Contains('\f', text.PlainText);
    }

    [Fact]
    public void FromPlainText_EmptyText_HasNoLines()
    {
        var text = ReportText.FromPlainText(string.Empty);

        Assert.Empty(text.Lines);
        Assert.True(text.HasNoTextLayer);
    }
}
