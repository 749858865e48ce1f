#!/usr/bin/env python3
"""Builds the classifyEvidence corpus. Run from anywhere: python3 make-fixtures.py

Files are written or copied from real files found on the build machine (no
ImageMagick or ffmpeg there). Executables are cut to their first 4,096 bytes:
that is all classifyEvidence ever sees, and it keeps the repository small.
"""
import os, struct, zlib, zipfile, io, shutil, subprocess, glob

HERE = os.path.dirname(os.path.abspath(__file__))
def out(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)

# PNG: a 16x16 red/white checkerboard, RGB, written chunk by chunk.
def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
rows = b"".join(b"\x00" + b"".join((b"\xff\x00\x00" if (x // 4 + y // 4) % 2 else b"\xff\xff\xff") for x in range(16)) for y in range(16))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
out("transfer.png", png)

# PDF 1.4 with one page of text and a correct xref table.
objs = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    None,
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]
stream = b"BT /F1 12 Tf 20 50 Td (Police receipt) Tj ET"
objs[3] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
pdf += b"".join(b"%010d 00000 n \n" % off for off in offsets)
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
out("receipt.pdf", pdf)

# ISO BMFF: ftyp + free + an empty mdat, the brand decides the type.
def box(kind, payload):
    return struct.pack(">I", 8 + len(payload)) + kind + payload
def bmff(major, compat):
    return box(b"ftyp", major + struct.pack(">I", 0) + b"".join(compat)) + box(b"free", b"") + box(b"mdat", b"\x00" * 16)
out("voice.m4a", bmff(b"M4A ", [b"M4A ", b"mp42", b"isom"]))
out("video.mp4", bmff(b"isom", [b"isom", b"iso2", b"avc1", b"mp41"]))
# HEIC header as an iPhone writes it: ftyp heic, compatible mif1/heic, then meta.
out("photo.heic", box(b"ftyp", b"heic" + struct.pack(">I", 0) + b"mif1heic") + box(b"meta", struct.pack(">I", 0) + box(b"hdlr", struct.pack(">I", 0) * 2 + b"pict" + b"\x00" * 13)))

# Text: UTF-8 CSV, a GBK chat export (through iconv), a UTF-8 text with BOM.
csv_utf8 = "交易时间,交易对方,金额(元)\n2026-11-02 10:15,张三,500.00\n".encode("utf-8")
out("bill-utf8.csv", csv_utf8)
chat = "2026年11月2日 10:15 张三：请把验证码发给我。\n我：好的，已转账500元。\n".encode("utf-8")
out("chat-gbk.txt", subprocess.run(["iconv", "-f", "UTF-8", "-t", "GBK"], input=chat, capture_output=True, check=True).stdout)
out("bill-gb18030.csv", subprocess.run(["iconv", "-f", "UTF-8", "-t", "GB18030"], input=csv_utf8, capture_output=True, check=True).stdout)
out("notes-bom.txt", b"\xef\xbb\xbf" + "报案记录：已于派出所报案。\n".encode("utf-8"))

# Must be refused.
out("page-bom.html", b"\xef\xbb\xbf<!DOCTYPE html><html><body><script>alert(1)</script></body></html>\n")
out("page-upper.htm", b"  \r\n\t<HTML><BODY ONLOAD=alert(1)>x</BODY></HTML>\n")
out("image-bare.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>\n')
out("image-prolog.svg", b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n')
out("svg-utf16.svg", "\ufeff<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".encode("utf-16-le"))
out("angle.txt", b"<not really html but starts with an angle bracket>\n")
out("control.bin", b"abc\x00\x01\x02def\n")
out("empty.txt", b"")
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr("evidence/readme.txt", "zipped")
out("archive.zip", buf.getvalue())
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
out("letter.docx", buf.getvalue())
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')
    z.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0macro")
out("macros.xlsm", buf.getvalue())
with open("/bin/true", "rb") as f:
    out("true.elf", f.read(4096))

# The WeChat Pay xlsx bill the bills parser is tested on (accepted: a spreadsheet).
shutil.copy(os.path.join(HERE, "..", "..", "bills", "fixtures", "example-wechat-records.xlsx"), os.path.join(HERE, "bill-wechat.xlsx"))

# Real files copied from this machine.
def first(pattern):
    found = sorted(glob.glob(pattern, recursive=True))
    if not found:
        raise SystemExit("not found: " + pattern)
    return found[0]
py = "/root/.pyenv/versions/3.13.0/lib/python3.13"
shutil.copy(first(py + "/test/test_email/data/python.jpg"), os.path.join(HERE, "photo.jpg"))
shutil.copy(first(py + "/test/test_email/data/python.webp"), os.path.join(HERE, "photo.webp"))
shutil.copy(first(py + "/test/test_email/data/python.gif"), os.path.join(HERE, "anim.gif"))
shutil.copy(first("/usr/lib/google-cloud-sdk/platform/gsutil/gslib/tests/test_data/test.mp3"), os.path.join(HERE, "voice.mp3"))
with open(first(py + "/site-packages/pip/_vendor/distlib/t64.exe"), "rb") as f:
    out("setup.exe", f.read(4096))
