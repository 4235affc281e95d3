//! Quoted-printable (RFC 1521) for `binascii.a2b_qp` and `b2a_qp`, following the
//! rules of CPython's implementation: lines of at most 76 characters with soft
//! breaks, line ends written as the data's first line end (CRLF or LF), `_` for space
//! in headers, and trailing whitespace and a lone `.` at a line start encoded.

const MAXLINESIZE: usize = 76;

fn hex_value(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// `a2b_qp`: decodes `=XX` escapes and soft line breaks (`=` at a line end).
pub fn decode(data: &[u8], header: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= data.len() {
                break;
            }
            match data[i] {
                b'\n' | b'\r' => {
                    // A soft line break: skip to after the line end.
                    if data[i] != b'\n' {
                        while i < data.len() && data[i] != b'\n' {
                            i += 1;
                        }
                    }
                    if i < data.len() {
                        i += 1;
                    }
                }
                b'=' => {
                    // `==`, from broken encoders.
                    out.push(b'=');
                    i += 1;
                }
                h if i + 1 < data.len() && hex_value(h).is_some() && hex_value(data[i + 1]).is_some() => {
                    out.push(hex_value(h).unwrap() << 4 | hex_value(data[i + 1]).unwrap());
                    i += 2;
                }
                _ => out.push(b'='),
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn push_hex(out: &mut Vec<u8>, c: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push(HEX[(c >> 4) as usize]);
    out.push(HEX[(c & 15) as usize]);
}

/// `b2a_qp`.
pub fn encode(data: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    // The line ends written are CRLF when the first LF follows a CR.
    let crlf = match data.iter().position(|&c| c == b'\n') {
        Some(p) => p > 0 && data[p - 1] == b'\r',
        None => false,
    };
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let n = data.len();
    let mut out = Vec::with_capacity(n * 2);
    let (mut i, mut linelen) = (0, 0);
    while i < n {
        let c = data[i];
        let next = data.get(i + 1).copied();
        let lone_dot = c == b'.' && linelen == 0 && matches!(next, None | Some(b'\n' | b'\r' | 0));
        let encode = c > 126
            || c == b'='
            || (header && c == b'_')
            || lone_dot
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == n)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if encode {
            if linelen + 3 >= MAXLINESIZE {
                soft_break(&mut out);
                linelen = 0;
            }
            out.push(b'=');
            push_hex(&mut out, c);
            i += 1;
            linelen += 3;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            // Whitespace at the end of a line is encoded.
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.push(b'=');
                    push_hex(&mut out, last);
                }
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != n && next != Some(b'\n') && linelen + 1 >= MAXLINESIZE {
                soft_break(&mut out);
                linelen = 0;
            }
            linelen += 1;
            if header && c == b' ' {
                out.push(b'_');
            } else {
                out.push(c);
            }
            i += 1;
        }
    }
    out
}
