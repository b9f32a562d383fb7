"""Set-up of a new Word document: the font, the paragraph styles and the settings that make
Word refresh the fields when it opens the file. Used by ``docx_render``."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

FONT = "Arial"
NAVY = RGBColor(0x1F, 0x38, 0x64)
GREY = RGBColor(0x59, 0x59, 0x59)


def set_font(style, size: float, bold: bool = False, italic: bool = False, colour=None) -> None:
    """Give a Word style its font (Arial in every script), size, weight and colour."""
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    if colour is not None:
        style.font.color.rgb = colour
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)


def setup_styles(doc) -> None:
    """The paragraph styles of the documents: body, headings, caption, placeholder, notes."""
    styles = doc.styles
    normal = styles["Normal"]
    set_font(normal, 10.5)
    normal.element.get_or_add_rPr().append(  # Indonesian: Word's spelling check and hyphenation
        parse_xml(f'<w:lang {nsdecls("w")} w:val="id-ID" w:eastAsia="id-ID" w:bidi="ar-SA"/>'))
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for level, size, colour in ((1, 15, NAVY), (2, 12, NAVY), (3, 10.5, None)):
        style = styles[f"Heading {level}"]
        set_font(style, size, bold=True, colour=colour or RGBColor(0, 0, 0))
        fmt = style.paragraph_format
        fmt.space_before = Pt(0 if level == 1 else 12 if level == 2 else 9)
        fmt.space_after = Pt(18 if level == 1 else 6 if level == 2 else 4)
        fmt.keep_with_next = True
        if level == 1:
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption = styles["Caption"]
    set_font(caption, 8.5, bold=True, colour=RGBColor(0x26, 0x26, 0x26))
    caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.space_before = Pt(4)
    caption.paragraph_format.space_after = Pt(4)
    caption.paragraph_format.keep_with_next = True
    placeholder = styles.add_style("Placeholder", 1)
    placeholder.base_style = normal
    set_font(placeholder, 9.5, italic=True, colour=RGBColor(0x7F, 0x60, 0x00))
    ppr = placeholder.element.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}>' + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="4" w:color="BF9000"/>'
            for side in ("top", "left", "bottom", "right")) + "</w:pBdr>"))
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                         'w:fill="FFF2CC"/>'))
    for name, size, italic, colour in (("Note", 9.5, True, GREY), ("Small", 8, False, GREY)):
        style = styles.add_style(name, 1)
        style.base_style = normal
        set_font(style, size, italic=italic, colour=colour)
    quote = styles["Quote"]
    set_font(quote, 12, bold=True, colour=NAVY)
    quote.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for name in ("List Bullet", "TOC Heading", "Title", "Subtitle", "Header", "Footer"):
        if name in [s.name for s in styles]:
            set_font(styles[name], styles[name].font.size.pt if styles[name].font.size
                      else 10.5, bold=bool(styles[name].font.bold),
                      colour=styles[name].font.color.rgb)


# w:settings children that the schema puts after w:updateFields (Word checks the order)
_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars",
                        "rsids", "mathPr", "attachedSchema", "themeFontLang",
                        "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                        "doNotAutoCompressPictures", "forceUpgrade", "captions",
                        "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
                        "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")


def ask_to_update_fields(settings) -> None:
    """Make Word refresh the fields (table of contents, page numbers) when it opens the file."""
    element = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
    later = {qn(f"w:{name}") for name in _AFTER_UPDATE_FIELDS}
    for child in settings:
        if child.tag in later:
            child.addprevious(element)
            return
    settings.append(element)
