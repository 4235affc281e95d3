"""Generates tables.rs (the Unicode data of krait's `str` methods) from CPython 3.11 itself.

Run with CPython 3.11 from this directory: `python3.11 gen_tables.py`. It needs `rustc` on
PATH to find the characters that Rust's case mapping (which follows a newer Unicode) maps
but CPython 3.11 does not.
"""
import os
import subprocess
import sys
import tempfile
import unicodedata

assert sys.version_info[:2] == (3, 11), "the tables must come from CPython 3.11"
N = 0x110000
HERE = os.path.dirname(os.path.abspath(__file__))


def boundaries(pred):
    out, inside = [], False
    for cp in range(N):
        v = pred(cp)
        if v != inside:
            out.append(cp)
            inside = v
    if inside:
        out.append(N)
    return out


def is_cased(cp):
    c = chr(cp)
    return c.islower() or c.isupper() or unicodedata.category(c) == 'Lt'


def is_ignorable(cp):
    """Case_Ignorable, observed through the final-sigma rule of str.lower()."""
    c = chr(cp)
    if 0xD800 <= cp < 0xE000:
        return unicodedata.category(c) in ('Mn', 'Me', 'Cf', 'Lm', 'Sk')
    a = ('A\u03a3' + c + 'A').lower()[1] == '\u03c3'
    if not is_cased(cp):
        return a
    return not (c + '\u03a3').lower()[-1] == '\u03c2'


def rust_case_maps():
    """Lowercase and uppercase mappings of every scalar value according to Rust."""
    src = r'''
fn main() {
    let mut s = String::new();
    for cp in 0..0x110000u32 {
        if let Some(c) = char::from_u32(cp) {
            let l: String = c.to_lowercase().collect();
            let u: String = c.to_uppercase().collect();
            let hex = |t: &str| t.chars().map(|x| format!("{:x}", x as u32)).collect::<Vec<_>>().join(" ");
            s.push_str(&format!("{:x}|{}|{}\n", cp, hex(&l), hex(&u)));
        }
    }
    print!("{}", s);
}
'''
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'm.rs'), 'w') as f:
            f.write(src)
        subprocess.run(['rustc', '-O', '-o', os.path.join(d, 'm'), os.path.join(d, 'm.rs')], check=True)
        out = subprocess.run([os.path.join(d, 'm')], check=True, capture_output=True, text=True).stdout
    maps = {}
    for line in out.splitlines():
        cp, lo, up = line.split('|')
        dec = lambda t: ''.join(chr(int(x, 16)) for x in t.split())
        maps[int(cp, 16)] = (dec(lo), dec(up))
    return maps


props = [
    ('ALPHA', 'str.isalpha', lambda cp: chr(cp).isalpha()),
    ('DECIMAL', 'str.isdecimal', lambda cp: chr(cp).isdecimal()),
    ('DIGIT', 'str.isdigit', lambda cp: chr(cp).isdigit()),
    ('NUMERIC', 'str.isnumeric', lambda cp: chr(cp).isnumeric()),
    ('SPACE', 'str.isspace (and whitespace splitting and stripping)', lambda cp: chr(cp).isspace()),
    ('LOWER', 'the Lowercase property (str.islower)', lambda cp: chr(cp).islower()),
    ('UPPER', 'the Uppercase property (str.isupper)', lambda cp: chr(cp).isupper()),
    ('TITLE', 'the general category Lt (titlecase letters)', lambda cp: unicodedata.category(chr(cp)) == 'Lt'),
    ('CASED', 'the Cased property', is_cased),
    ('CASE_IGNORABLE', 'the Case_Ignorable property (final sigma rule)', is_ignorable),
    ('XID_START', 'XID_Start (the first character of an identifier)', lambda cp: chr(cp).isidentifier()),
    ('XID_CONTINUE', 'XID_Continue (later characters of an identifier)', lambda cp: ('a' + chr(cp)).isidentifier()),
]

out = [
    "//! Unicode tables (Unicode 14.0, as used by CPython 3.11) for `str` methods, generated from",
    "//! CPython 3.11's own `str` methods by `gen_tables.py`: regenerate them rather than editing.",
    "",
]
for name, doc, pred in props:
    b = boundaries(pred)
    out.append("/// Code points with %s, as run boundaries: even positions" % doc)
    out.append("/// start a run and odd positions end it (exclusively).")
    out.append("pub(super) static %s: [u32; %d] = [" % (name, len(b)))
    for i in range(0, len(b), 8):
        out.append("    " + " ".join("0x%x," % x for x in b[i:i + 8]))
    out.append("];")
    out.append("")


def mapping_table(name, doc, f, base):
    rows = []
    for cp in range(0x80, N):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        if f(c) != base(c):
            rows.append((cp, f(c)))
    out.append("/// %s" % doc)
    out.append("pub(super) static %s: [(u32, &str); %d] = [" % (name, len(rows)))
    for cp, m in rows:
        out.append("    (0x%x, \"%s\")," % (cp, ''.join('\\u{%x}' % ord(x) for x in m)))
    out.append("];")
    out.append("")


mapping_table('TITLE_MAP', 'Code points whose titlecase mapping differs from their uppercase mapping, sorted.',
              lambda c: c.title(), lambda c: c.upper())
mapping_table('FOLD_MAP', 'Code points whose case folding differs from their lowercase mapping, sorted.',
              lambda c: c.casefold(), lambda c: c.lower())

rust = rust_case_maps()
nocase = []
for cp, (lo, up) in sorted(rust.items()):
    c = chr(cp)
    if (lo, up) != (c.lower(), c.upper()):
        # Every difference is a character CPython 3.11 leaves unchanged.
        assert c.lower() == c == c.upper() == c.title() == c.casefold(), hex(cp)
        nocase.append(cp)
out.append("/// Code points that Rust's case mapping maps (it follows a newer Unicode) but CPython 3.11 leaves unchanged.")
out.append("pub(super) static NO_CASE_MAP: [u32; %d] = [" % len(nocase))
for i in range(0, len(nocase), 8):
    out.append("    " + " ".join("0x%x," % x for x in nocase[i:i + 8]))
out.append("];")
with open(os.path.join(HERE, 'tables.rs'), 'w') as f:
    f.write('\n'.join(out) + '\n')
