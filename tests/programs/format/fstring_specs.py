# format: f-strings with width, alignment, fill, sign, precision and type specs
x = 42
y = 3.14159265
s = "hi"
print(f"{x}|{x:5}|{x:<5}|{x:^5}|{x:>5}|{x:05}|{x:+}|{-x:+}|{x: }|")
print(f"{y}|{y:.2f}|{y:8.3f}|{y:<8.1f}|{y:e}|{y:.3e}|{y:g}|{y:%}|{y:.1%}|")
print(f"{s}|{s:5}|{s:>5}|{s:^6}|{s:*^7}|{s:.1}|{s!r:>6}|")
print(f"{x:x}|{x:X}|{x:o}|{x:b}|{x:#x}|{x:#o}|{x:#b}|{255:#010x}|")
print(f"{1234567:,}|{1234567:_}|{1234567.891:,.2f}|{-1234:,}|{2 ** 70:,}|")
print(f"{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|{-0.0:.1f}|{1e20:.2f}|{1e-10:.3g}|{123456789.0:g}|")
print(f"{x:=+8}|{-x:=8}|{x:0>6}|{x:#<6}|")
print(f"{True}|{None}|{[1, 2]}|{(3,)}|{ {'a': 1} }|")
print(f"{x * 2 + 1}|{s.upper()}|{len(s)}|{x > 40}|{'quoted'}|")
print(f"{{literal}}|{{{x}}}|")
print(f"{float('inf')}|{float('nan'):>6}|{float('inf'):.2f}|")
print(f"{12:c}|{65:c}|{x:d}|{x:n}|{3.0:n}|")
print(f"{1e16:.0f}|{0.1:.20f}|{2 ** 0.5:.15g}|{100.0:.3g}|{0.00001234:g}|")
print(f"{7:.2f}|{7:e}|{-7:08.3f}|{3.999:.2f}|")
print(f"{'abc':3}|{'abcdef':3}|{'ab':>1}|")
