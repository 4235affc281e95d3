# Float arithmetic: midpoint-rule integration and a small n-body-like update over lists.


def integrate(a, b, steps):
    h = (b - a) / steps
    total = 0.0
    x = a + h / 2.0
    for i in range(steps):
        total += 4.0 / (1.0 + x * x)
        x += h
    return total * h


def simulate(n, steps, dt):
    xs = []
    ys = []
    vx = []
    vy = []
    mass = []
    for i in range(n):
        xs.append(float(i % 5) + 0.1 * i)
        ys.append(float(i // 5) - 0.05 * i)
        vx.append(0.0)
        vy.append(0.0)
        mass.append(1.0 + 0.01 * i)
    for s in range(steps):
        for i in range(n):
            ax = 0.0
            ay = 0.0
            xi = xs[i]
            yi = ys[i]
            for j in range(n):
                if i != j:
                    dx = xs[j] - xi
                    dy = ys[j] - yi
                    d2 = dx * dx + dy * dy + 0.01
                    inv = mass[j] / (d2 * d2 ** 0.5)
                    ax += dx * inv
                    ay += dy * inv
            vx[i] += ax * dt
            vy[i] += ay * dt
        for i in range(n):
            xs[i] += vx[i] * dt
            ys[i] += vy[i] * dt
    energy = 0.0
    for i in range(n):
        energy += 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i])
    return energy, sum(xs), sum(ys)


print(f"pi {integrate(0.0, 1.0, 8000000):.12f}")
e, sx, sy = simulate(40, 1500, 0.001)
print(f"nbody {e:.6f} {sx:.6f} {sy:.6f}")
