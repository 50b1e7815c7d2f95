using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Mnemo.Indexing;

/// <summary>
/// Symmetric int8 scalar quantisation and the integer dot product the vector index's first pass runs on. A vector is
/// stored as <c>round(v[i] * 127 / max|v|)</c> plus the factor <c>max|v| / 127</c> that undoes it, so the approximate
/// dot product of two vectors is <c>Dot(codes) * factorA * factorB</c>.
/// </summary>
internal static class Int8Dot
{
    /// <summary>Writes the codes of <paramref name="vector"/> into <paramref name="codes"/>; returns the factor that scales them back.</summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> codes)
    {
        // MaxMagnitude returns the signed element of largest magnitude.
        var max = vector.IsEmpty ? 0f : MathF.Abs(TensorPrimitives.MaxMagnitude(vector));
        if (!(max > 0f) || !float.IsFinite(max))
        {
            codes.Clear();
            return 0f;
        }

        var scale = 127f / max;
        for (var i = 0; i < vector.Length; i++)
        {
            codes[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] * scale), -127f, 127f);
        }

        return max / 127f;
    }

    /// <summary>The query's codes widened to 16 bits once, so each dot product widens only the stored side.</summary>
    public static short[] Widen(ReadOnlySpan<sbyte> codes)
    {
        var wide = new short[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            wide[i] = codes[i];
        }

        return wide;
    }

    /// <summary>
    /// The exact integer dot product of <paramref name="query"/> (widened codes) and <paramref name="codes"/>: AVX2
    /// <c>vpmovsxbw</c> + <c>vpmaddwd</c> into 32-bit lanes where supported, else portable 128-bit vectors, else scalar.
    /// Products are at most 127 * 127, so no lane overflows for any dimension below 2^17.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static int Dot(ReadOnlySpan<short> query, ReadOnlySpan<sbyte> codes)
    {
        var length = Math.Min(query.Length, codes.Length);
        ref var q = ref MemoryMarshal.GetReference(query);
        ref var c = ref MemoryMarshal.GetReference(codes);
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported && length >= 16)
        {
            var acc0 = Vector256<int>.Zero;
            var acc1 = Vector256<int>.Zero;
            for (; i + 32 <= length; i += 32)
            {
                var c0 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref c, (nuint)i));
                var c1 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref c, (nuint)(i + 16)));
                acc0 = Avx2.Add(acc0, Avx2.MultiplyAddAdjacent(c0, Vector256.LoadUnsafe(ref q, (nuint)i)));
                acc1 = Avx2.Add(acc1, Avx2.MultiplyAddAdjacent(c1, Vector256.LoadUnsafe(ref q, (nuint)(i + 16))));
            }

            for (; i + 16 <= length; i += 16)
            {
                var c0 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref c, (nuint)i));
                acc0 = Avx2.Add(acc0, Avx2.MultiplyAddAdjacent(c0, Vector256.LoadUnsafe(ref q, (nuint)i)));
            }

            sum = Vector256.Sum(Avx2.Add(acc0, acc1));
        }
        else if (Vector128.IsHardwareAccelerated && length >= 16)
        {
            var acc = Vector128<int>.Zero;
            for (; i + 16 <= length; i += 16)
            {
                var (lo, hi) = Vector128.Widen(Vector128.LoadUnsafe(ref c, (nuint)i));

                // |127 * 127| fits in 16 bits; widen each product to 32 bits before adding.
                var (p0, p1) = Vector128.Widen(lo * Vector128.LoadUnsafe(ref q, (nuint)i));
                var (p2, p3) = Vector128.Widen(hi * Vector128.LoadUnsafe(ref q, (nuint)(i + 8)));
                acc += p0 + p1 + p2 + p3;
            }

            sum = Vector128.Sum(acc);
        }

        for (; i < length; i++)
        {
            sum += Unsafe.Add(ref q, i) * Unsafe.Add(ref c, i);
        }

        return sum;
    }

    /// <summary>
    /// Asks the CPU to bring <paramref name="length"/> codes from <paramref name="offset"/> into the cache (x86
    /// <c>prefetcht0</c>, one per 64-byte line); a hint that never faults and changes no result. On other CPUs it does
    /// nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch(sbyte[] codes, int offset, int length)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (sbyte* row = &codes[offset])
        {
            for (var b = 0; b < length; b += 64)
            {
                Sse.Prefetch0(row + b);
            }
        }
    }

    /// <summary>The same dot product, one element at a time: the reference the vector paths are tested against.</summary>
    public static int DotScalar(ReadOnlySpan<short> query, ReadOnlySpan<sbyte> codes)
    {
        var sum = 0;
        for (var i = 0; i < Math.Min(query.Length, codes.Length); i++)
        {
            sum += query[i] * codes[i];
        }

        return sum;
    }
}
