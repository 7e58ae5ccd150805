using Ingest.Pdf.Fonts;

namespace Ingest.Pdf.Content;

/// <summary>One shown character code, positioned in page display space (points, origin top-left, y down).</summary>
/// <param name="Text">The decoded text (may be empty or several characters).</param>
/// <param name="X">The x of the glyph origin on the baseline.</param>
/// <param name="Y">The y of the glyph origin on the baseline.</param>
/// <param name="Dx">The glyph's advance vector in display space, without character and word spacing (x part).</param>
/// <param name="Dy">The advance vector (y part).</param>
/// <param name="FontSize">The font size transformed to display space.</param>
/// <param name="Rotation">The text direction in quarter turns: 0 left-to-right, 1 top-to-bottom, 2 right-to-left, 3 bottom-to-top.</param>
/// <param name="Font">The font.</param>
internal readonly record struct GlyphEvent(string Text, double X, double Y, double Dx, double Dy, double FontSize, int Rotation, PdfFont Font);
