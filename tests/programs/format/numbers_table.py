# format: formatting a numeric table with mixed int/float alignment
print(f"{'n':>3} {'n^2':>6} {'n^3':>8} {'sqrt':>8} {'1/n':>10} {'hex':>5}")
for n in range(1, 13):
    print(f"{n:>3} {n * n:>6} {n ** 3:>8,} {n ** 0.5:>8.4f} {1 / n:>10.6f} {n:>#5x}")
vals = [0, 1, -1, 255, 65535, -65536, 2 ** 31, 10 ** 12]
for v in vals:
    if 0 <= v < 2 ** 15:
        print(f"{v:>15d}|{v:<+15d}|{v:^15x}|{v:015b}")
    else:
        print(f"{v:>15d}|{v:<+15d}|{v:^15x}")
pct = [0.0, 0.05, 0.333, 1.0, 12.5]
for p in pct:
    print(f"{p:6.1%} {p:8.3e} {p:g}")
