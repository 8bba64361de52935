#!/usr/bin/env python3
"""Generate the .docx fixtures of the typography rules (TT601–TT609) and of the reader.

    python3 scripts/docx-fixtures.py            # writes the files below (Python 3 stdlib only)
    python3 scripts/docx-fixtures.py --office   # also the LibreOffice and python-docx ones
                                                # (needs `soffice` and `pip install python-docx`)

The outputs are committed, so CI needs neither Python packages nor LibreOffice:

- tests/docx/seed-like.docx — a correct Thông báo kết luận (the seed notice with its header
  filled in): two-column header table with drawn lines, A4, ND30 margins, Times New Roman,
  sizes and styles of the decree's table, justified body with 1.27 cm indent and 6 pt
  spacing, page numbers centred in the header from page 2. It must give no typography
  finding.
- tests/fixtures/TT6xx_<name>/valid*.docx and invalid*.docx — the seed-like document, and
  the same with exactly one typography fault each.
- with --office: tests/docx/libreoffice.docx (seed-like.docx saved again by LibreOffice
  Writer) and tests/docx/python-docx.docx (the same notice written with python-docx, Word's
  own default template).

The XML is what Word 2016 writes for the same document (drawn lines as
mc:AlternateContent with a DrawingML connector and a VML fallback, the page number as a
PAGE field in a `Page Numbers (Top of Page)` content control), cut to what matters.
Files are written with a fixed timestamp so that regenerating changes nothing.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))

NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14"'
)

BODY = [
    "Ngày 29/7/2020, UBND tỉnh đã tổ chức phiên họp thường kỳ tháng 7 năm 2020. Sau khi thảo luận, thống nhất, đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh kết luận các nội dung như sau:",
    "1. Dự thảo Báo cáo của UBND tỉnh về tình hình kinh tế - xã hội tháng 7 và 7 tháng, nhiệm vụ trọng tâm tháng 8 năm 2020 (Sở Kế hoạch và Đầu tư trình).",
    "Nhìn chung, kinh tế - xã hội tháng 7 có nhiều khởi sắc, các hoạt động sản xuất, kinh doanh cơ bản phục hồi trở lại sau đợt cao điểm của đại dịch COVID-19. Một số lĩnh vực tăng so với cùng kỳ năm 2019. Khả năng hoàn thành kế hoạch thu ngân sách có thể đạt được dù rất khó khăn. Các hoạt động văn hóa - xã hội dần trở lại bình thường, đã tổ chức các hoạt động kỷ niệm 73 năm ngày Thương binh - Liệt sĩ 27/7 với nhiều hoạt động có ý nghĩa, thiết thực, hiệu quả.",
    "UBND tỉnh cơ bản nhất trí với nội dung dự thảo báo cáo, Sở Kế hoạch và Đầu tư tiếp thu các ý kiến tham gia, hoàn thiện dự thảo Báo cáo theo hướng bổ sung, nhấn mạnh thêm một số nội dung sau:",
    "a) Công tác chỉ đạo, điều hành trong tháng 7:",
    "Nhấn mạnh sự quan tâm chỉ đạo quyết liệt, tăng cường các biện pháp phòng chống dịch COVID-19, nhất là ngay sau khi dịch bùng phát trở lại tại thành phố Đà Nẵng và một số địa phương. Chỉ đạo kiểm soát chặt chẽ khu vực biên giới, duy trì chốt chặn tại khu vực biên giới, ngăn chặn triệt để tình trạng xuất nhập cảnh trái phép.",
    "b) Về tình hình kinh tế - xã hội tháng 7 và 7 tháng:",
    "Dự thảo cần đánh giá, nhận định đúng về tình hình phát triển đàn gia súc. Cập nhật số liệu thiệt hại, kết quả phòng chống dịch tả lợn châu Phi, số xã đã qua 30 ngày không tái phát bệnh dịch tả lợn châu Phi.",
    "Rà soát, kiểm tra lại số liệu về tổng nguồn vốn huy động tại các ngân hàng thương mại. Bổ sung số liệu về công tác đấu tranh phòng chống buôn lậu, gian lận thương mại trong tháng 7, bổ sung kết quả về hoạt động giao thông vận tải cho tương thích tại phần đánh giá chung.",
    "c) Nhiệm vụ trọng tâm tháng 8/2020:",
    "Trước những diễn biến mới, phức tạp của dịch bệnh COVID-19 có nguy cơ bùng phát cao, yêu cầu các cấp, các ngành tuyệt đối không được chủ quan, lơ là trong công tác phòng chống dịch. Kiểm soát tốt các đối tượng đến từ vùng dịch, thực hiện khai báo y tế và tổ chức cách ly theo quy định; kiểm soát chặt chẽ hoạt động xuất nhập cảnh trái phép trên tuyến biên giới, nhất là tại các đường mòn, lối mở.",
    "Chuẩn bị tốt các điều kiện tổ chức kỳ thi tốt nghiệp trung học phổ thông năm học 2019 - 2020, hoàn thành tuyển sinh các cấp học. Tổ chức công nhận lại, công nhận mới trường học đạt chuẩn quốc gia. Đẩy mạnh phong trào thi đua cao điểm lập thành tích chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII.",
    "Sở Kế hoạch và Đầu tư tiếp thu, khẩn trương hoàn thiện, trình UBND tỉnh xem xét, ban hành trước ngày 05/8/2020.",
    "2. Dự thảo Quyết định của UBND tỉnh ban hành quy chế tổ chức tuyển dụng công chức xã, phường, thị trấn trên địa bàn tỉnh (Sở Nội vụ trình).",
    "Việc ban hành Quyết định của UBND tỉnh ban hành quy chế tổ chức tuyển dụng công chức xã, phường, thị trấn trên địa bàn tỉnh là cần thiết để thay thế Quyết định số 24/2013/QĐ-UBND ngày 06/11/2013 của UBND tỉnh ban hành quy chế tổ chức tuyển dụng và quản lý công chức xã, phường, thị trấn, do các căn cứ pháp lý thực hiện đã được sửa đổi, bổ sung hoặc bãi bỏ bằng các văn bản quy phạm pháp luật mới.",
    "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
]

RECIPIENTS = [
    "- Chủ tịch, các PCT UBND tỉnh;",
    "- Các sở, ban, ngành tỉnh;",
    "- UBND các huyện, thành phố;",
    "- C, PVP UBND tỉnh,",
    "  các phòng, đơn vị thuộc VP;",
    "- Lưu: VT, TH (HTL).",
]

# The faults a variant may carry (defaults: a correct document).
DEFAULTS = dict(
    paper=(11906, 16838),      # A4 portrait, twips
    margins=(1134, 1134, 1701, 850),  # top, bottom, left, right: 20, 20, 30, 15 mm
    body_font=None,            # a font name for the body runs
    body_color=None,           # RRGGBB for one body paragraph
    quoc_hieu_size=24,         # half-points
    date_italic=True,
    body_jc='both',
    body_first_line=720,       # twips (1.27 cm)
    body_after=120,            # twips (6 pt)
    motto_line='shape',        # 'shape', 'vml', 'border', None
    issuer_line='shape',
    summary_line='shape',
    page_number='header',      # 'header', 'footer', 'fldsimple', None
    title_page=True,
    landscape=False,
)


def run(text, size=None, bold=False, italic=False, font=None, color=None, caps=False, underline=False):
    props = []
    if font:
        props.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        props.append('<w:b/><w:bCs/>')
    if italic:
        props.append('<w:i/><w:iCs/>')
    if caps:
        props.append('<w:caps/>')
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if size:
        props.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    if underline:
        props.append('<w:u w:val="single"/>')
    rpr = f'<w:rPr>{"".join(props)}</w:rPr>' if props else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


SHAPE_ID = [0]


def line_shape(width_emu=1800000, kind='shape'):
    """A horizontal line anchored in the paragraph, as Word draws it (Insert → Shapes → Line)."""
    SHAPE_ID[0] += 1
    n = SHAPE_ID[0]
    pt = width_emu / 12700
    vml = (f'<w:pict><v:line id="Straight Connector {n}" style="position:absolute;z-index:251659264;'
           f'visibility:visible;mso-wrap-style:square" from="40pt,2pt" to="{40 + pt:.1f}pt,2pt" '
           f'strokeweight=".5pt"><v:stroke joinstyle="miter"/></v:line></w:pict>')
    if kind == 'vml':
        return f'<w:r><w:rPr><w:noProof/></w:rPr>{vml}</w:r>'
    drawing = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>508000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>25400</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width_emu}" cy="0"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/><wp:wrapNone/>'
        f'<wp:docPr id="{n}" name="Straight Connector {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{width_emu}" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
    )
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">{drawing}'
            f'</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')


def para(runs='', jc=None, first_line=None, before=None, after=None, line=None, style=None,
         border_bottom=False, keep=False, num=None):
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if keep:
        ppr.append('<w:keepNext/>')
    if num:
        ppr.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>')
    if border_bottom:
        ppr.append('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>')
    sp = []
    if before is not None:
        sp.append(f'w:before="{before}"')
    if after is not None:
        sp.append(f'w:after="{after}"')
    if line is not None:
        sp.append(f'w:line="{line}" w:lineRule="auto"')
    if sp:
        ppr.append(f'<w:spacing {" ".join(sp)}/>')
    if first_line is not None:
        ppr.append(f'<w:ind w:firstLine="{first_line}"/>')
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    p = f'<w:pPr>{"".join(ppr)}</w:pPr>' if ppr else ''
    return f'<w:p>{p}{runs}</w:p>'


def cell(paras, width):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(paras)}</w:tc>')


def table(rows, widths):
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = ''.join('<w:tr>' + ''.join(cell(c, w) for c, w in zip(r, widths)) + '</w:tr>' for r in rows)
    return ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblInd w:w="-318" w:type="dxa"/>'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>')


def line_para(kind, width=1800000, centre=True):
    """The paragraph that carries a line under a component, in the chosen form."""
    jc = 'center' if centre else None
    if kind in ('shape', 'vml'):
        return para(line_shape(width, kind), jc=jc, after=0)
    return para('', jc=jc, after=0)


def document(o):
    c = lambda text, **k: para(text, jc='center', after=0, **k)
    # The header table: issuer | national title; number | place and date.
    issuer = [
        c(run('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 24)),
        c(run('VĂN PHÒNG', 24, bold=True), border_bottom=o['issuer_line'] == 'border'),
    ]
    if o['issuer_line'] in ('shape', 'vml'):
        issuer.append(line_para(o['issuer_line'], 900000))
    national = [
        c(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', o['quoc_hieu_size'], bold=True)),
        c(run('Độc lập - Tự do - Hạnh phúc', 26, bold=True), border_bottom=o['motto_line'] == 'border'),
    ]
    if o['motto_line'] in ('shape', 'vml'):
        national.append(line_para(o['motto_line'], 2160000))
    number = [c(run('Số: 125/TB-VP', 26), before=120)]
    date = [c(run('Lạng Sơn, ngày 03 tháng 8 năm 2020', 26, italic=o['date_italic']), before=120)]
    header = table([[issuer, national], [number, date]], [3686, 5812])

    title = [
        para('', after=0),
        c(run('THÔNG BÁO', 28, bold=True), before=240),
        c(run('Kết luận phiên họp UBND tỉnh thường kỳ tháng 7 năm 2020', 28, bold=True),
          border_bottom=o['summary_line'] == 'border'),
    ]
    if o['summary_line'] in ('shape', 'vml'):
        title.append(line_para(o['summary_line'], 1440000))
    title.append(para('', after=0))

    body = []
    for i, text in enumerate(BODY):
        color = o['body_color'] if i == 2 else None
        body.append(para(run(text, 28, font=o['body_font'], color=color), jc=o['body_jc'],
                         first_line=o['body_first_line'], before=0, after=o['body_after'], line=240))

    left = [para(run('Nơi nhận:', 24, bold=True, italic=True), after=0)]
    left += [para(run(t, 22), after=0) for t in RECIPIENTS]
    right = [
        c(run('TL. CHỦ TỊCH', 28, bold=True)),
        c(run('CHÁNH VĂN PHÒNG', 28, bold=True)),
        c(''), c(''), c(''), c(''),
        c(run('Nguyễn Văn An', 28, bold=True)),
    ]
    signature = table([[left, right]], [4536, 4962])

    w, h = o['paper']
    orient = ''
    if o['landscape']:
        w, h = h, w
        orient = ' w:orient="landscape"'
    top, bottom, left_m, right_m = o['margins']
    refs = ''
    if o['page_number'] in ('header', 'fldsimple'):
        refs += '<w:headerReference w:type="default" r:id="rIdHeader1"/>'
    if o['page_number'] == 'footer':
        refs += '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
    if o['title_page'] and o['page_number']:
        refs += '<w:headerReference w:type="first" r:id="rIdHeader2"/>'
    sect = (f'<w:sectPr>{refs}<w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
            f'<w:pgMar w:top="{top}" w:right="{right_m}" w:bottom="{bottom}" w:left="{left_m}" '
            'w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="720"/>'
            + ('<w:titlePg/>' if o['title_page'] else '')
            + '<w:docGrid w:linePitch="381"/></w:sectPr>')
    content = header + ''.join(title) + ''.join(body) + signature + para('') + sect
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{content}</w:body></w:document>'


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>
</w:styles>'''

SETTINGS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''


def page_number_para(style, kind):
    r = lambda inner: f'<w:r><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>{inner}</w:r>'
    if kind == 'fldsimple':
        field = ('<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:rPr><w:noProof/><w:sz w:val="26"/>'
                 '</w:rPr><w:t>2</w:t></w:r></w:fldSimple>')
    else:
        field = (r('<w:fldChar w:fldCharType="begin"/>')
                 + r('<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText>')
                 + r('<w:fldChar w:fldCharType="separate"/>')
                 + '<w:r><w:rPr><w:noProof/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t>2</w:t></w:r>'
                 + r('<w:fldChar w:fldCharType="end"/>'))
    p = f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:jc w:val="center"/></w:pPr>{field}</w:p>'
    return ('<w:sdt><w:sdtPr><w:id w:val="-1318251135"/><w:docPartObj><w:docPartGallery w:val="Page Numbers (Top of Page)"/>'
            f'<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{p}</w:sdtContent></w:sdt>')


def header_part(root, inner):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{root} {NS}>{inner}</w:{root}>'


def package(o):
    files = {}
    files['word/document.xml'] = document(o)
    files['word/styles.xml'] = STYLES
    files['word/settings.xml'] = SETTINGS
    rels = [
        ('rIdStyles', 'styles', 'styles.xml'),
        ('rIdSettings', 'settings', 'settings.xml'),
    ]
    kind = o['page_number']
    if kind in ('header', 'fldsimple'):
        files['word/header1.xml'] = header_part('hdr', page_number_para('Header', kind) + '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>')
        rels.append(('rIdHeader1', 'header', 'header1.xml'))
    if kind == 'footer':
        files['word/footer1.xml'] = header_part('ftr', page_number_para('Footer', 'header'))
        rels.append(('rIdFooter1', 'footer', 'footer1.xml'))
    if o['title_page'] and kind:
        files['word/header2.xml'] = header_part('hdr', '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>')
        rels.append(('rIdHeader2', 'header', 'header2.xml'))
    base = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    files['word/_rels/document.xml.rels'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + ''.join(f'<Relationship Id="{i}" Type="{base}{t}" Target="{p}"/>' for i, t, p in rels)
        + '</Relationships>')
    overrides = ''.join(
        f'<Override PartName="/word/{p}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{t}+xml"/>'
        for _, t, p in rels)
    files['[Content_Types].xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        + overrides + '</Types>')
    files['_rels/.rels'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
    files['docProps/app.xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        '<Application>Microsoft Office Word</Application><Pages>2</Pages></Properties>')
    return files


def write(path, files):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    order = ['[Content_Types].xml', '_rels/.rels'] + sorted(k for k in files if k not in ('[Content_Types].xml', '_rels/.rels'))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(2020, 8, 3, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[name].encode('utf-8'))
    print(os.path.relpath(path, ROOT), os.path.getsize(path), 'bytes')


def build(**faults):
    SHAPE_ID[0] = 0
    o = dict(DEFAULTS)
    for k in faults:
        if k not in o:
            raise KeyError(k)
    o.update(faults)
    return package(o)


# (folder, file, faults): each invalid file differs from the seed-like one by one fault.
FIXTURES = [
    ('TT601_kho-giay', 'valid.docx', {}),
    ('TT601_kho-giay', 'valid-landscape-with-table.docx', dict(landscape=True)),
    ('TT601_kho-giay', 'invalid-letter.docx', dict(paper=(12240, 15840))),
    ('TT602_le-trang', 'valid.docx', {}),
    ('TT602_le-trang', 'invalid-left-20mm.docx', dict(margins=(1134, 1134, 1134, 850))),
    ('TT602_le-trang', 'invalid-word-defaults.docx', dict(margins=(1440, 1440, 1440, 1440))),
    ('TT603_phong-chu', 'valid.docx', {}),
    ('TT603_phong-chu', 'invalid-arial.docx', dict(body_font='Arial')),
    ('TT603_phong-chu', 'invalid-vntime.docx', dict(body_font='.VnTime')),
    ('TT604_co-chu', 'valid.docx', {}),
    ('TT604_co-chu', 'invalid-quoc-hieu-14.docx', dict(quoc_hieu_size=28)),
    ('TT605_kieu-chu', 'valid.docx', {}),
    ('TT605_kieu-chu', 'invalid-date-upright.docx', dict(date_italic=False)),
    ('TT606_dinh-dang-doan', 'valid.docx', {}),
    ('TT606_dinh-dang-doan', 'invalid-left-aligned.docx', dict(body_jc='left')),
    ('TT606_dinh-dang-doan', 'invalid-no-indent.docx', dict(body_first_line=0)),
    ('TT606_dinh-dang-doan', 'invalid-no-spacing.docx', dict(body_after=0)),
    ('TT607_duong-ke', 'valid.docx', {}),
    ('TT607_duong-ke', 'valid-borders.docx', dict(motto_line='border', issuer_line='border', summary_line='border')),
    ('TT607_duong-ke', 'valid-vml.docx', dict(motto_line='vml', issuer_line='vml', summary_line='vml')),
    ('TT607_duong-ke', 'invalid-no-motto-line.docx', dict(motto_line=None)),
    ('TT608_so-trang', 'valid.docx', {}),
    ('TT608_so-trang', 'valid-fldsimple.docx', dict(page_number='fldsimple')),
    ('TT608_so-trang', 'invalid-footer.docx', dict(page_number='footer')),
    ('TT608_so-trang', 'invalid-first-page-shown.docx', dict(title_page=False)),
    ('TT608_so-trang', 'invalid-none.docx', dict(page_number=None)),
    ('TT609_mau-chu', 'valid.docx', {}),
    ('TT609_mau-chu', 'invalid-blue.docx', dict(body_color='0000FF')),
]


def office(seed):
    """The seed-like notice saved again by LibreOffice, and written by python-docx."""
    out = os.path.join(ROOT, 'tests/docx')
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', '--headless', '--norestore', f'-env:UserInstallation=file://{tmp}/profile',
                        '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp, seed],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, 'seed-like.docx'), os.path.join(out, 'libreoffice.docx'))
        print('tests/docx/libreoffice.docx', os.path.getsize(os.path.join(out, 'libreoffice.docx')), 'bytes')
    python_docx(os.path.join(out, 'python-docx.docx'))


def python_docx(path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt

    d = docx.Document()
    normal = d.styles['Normal']
    normal.font.name = 'Times New Roman'
    normal.font.size = Pt(14)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rfonts.set(qn(a), 'Times New Roman')
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(20), Mm(20), Mm(30), Mm(15)

    def add(container, text, size, bold=False, italic=False, centre=True, first=False):
        p = container.paragraphs[0] if first else container.add_paragraph()
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size, r.bold, r.italic = Pt(size), bold, italic
        return p

    def drawn_line(p, width):
        # The run Word writes for a drawn line, namespaces declared on it.
        r = parse_xml(line_shape(width).replace('<w:r>', f'<w:r {NS}>', 1))
        p._p.append(r)

    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a, b = t.rows[0].cells
    add(a, 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 12, first=True)
    add(a, 'VĂN PHÒNG', 12, bold=True)
    drawn_line(add(a, '', 12), 900000)
    add(b, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, bold=True, first=True)
    add(b, 'Độc lập - Tự do - Hạnh phúc', 13, bold=True)
    drawn_line(add(b, '', 12), 2160000)
    a, b = t.rows[1].cells
    add(a, 'Số: 125/TB-VP', 13, first=True)
    add(b, 'Lạng Sơn, ngày 03 tháng 8 năm 2020', 13, italic=True, first=True)
    d.add_paragraph()
    add(d, 'THÔNG BÁO', 14, bold=True)
    add(d, 'Kết luận phiên họp UBND tỉnh thường kỳ tháng 7 năm 2020', 14, bold=True)
    drawn_line(add(d, '', 14), 1440000)
    for text in BODY:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        f = p.paragraph_format
        f.first_line_indent, f.space_after = Cm(1.27), Pt(6)
        p.add_run(text).font.size = Pt(14)
    t = d.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    add(a, 'Nơi nhận:', 12, bold=True, italic=True, centre=False, first=True)
    for text in RECIPIENTS:
        add(a, text, 11, centre=False)
    add(b, 'TL. CHỦ TỊCH', 14, bold=True, first=True)
    add(b, 'CHÁNH VĂN PHÒNG', 14, bold=True)
    for _ in range(4):
        add(b, '', 14)
    add(b, 'Nguyễn Văn An', 14, bold=True)

    s.different_first_page_header_footer = True
    hp = s.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    from docx.oxml.ns import nsdecls
    for inner in ('<w:fldChar {ns} w:fldCharType="begin"/>',
                  '<w:instrText {ns} xml:space="preserve"> PAGE </w:instrText>',
                  '<w:fldChar {ns} w:fldCharType="separate"/>', '<w:t {ns}>2</w:t>',
                  '<w:fldChar {ns} w:fldCharType="end"/>'):
        r = hp.add_run()
        r.font.size = Pt(13)
        r._r.append(parse_xml(inner.format(ns=nsdecls('w'))))
    d.save(path)
    # python-docx's template carries a thumbnail and a 438 KB stylesWithEffects part that
    # Word regenerates anyway: leave them out to keep the fixture small.
    keep = {}
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n in ('docProps/thumbnail.jpeg', 'word/stylesWithEffects.xml') or n.startswith('customXml/'):
                continue
            keep[n] = z.read(n).decode('utf-8')
    import re
    for n in ('[Content_Types].xml', 'word/_rels/document.xml.rels', '_rels/.rels'):
        keep[n] = re.sub(r'<(Override|Relationship)[^>]*(thumbnail|stylesWithEffects|customXml|itemProps)[^>]*/>', '', keep[n])
    write(path, keep)


def main():
    seed = os.path.join(ROOT, 'tests/docx/seed-like.docx')
    write(seed, build())
    for folder, name, faults in FIXTURES:
        write(os.path.join(ROOT, 'tests/fixtures', folder, name), build(**faults))
    if '--office' in sys.argv:
        office(seed)


if __name__ == '__main__':
    main()
