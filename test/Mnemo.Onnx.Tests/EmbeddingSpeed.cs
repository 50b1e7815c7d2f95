using System.Diagnostics;

namespace Mnemo.Onnx.Tests;

// Measurement, not a test: run with `-explicit only`. Prints query latency and document throughput for both models.
public sealed class EmbeddingSpeed(ModelsFixture models)
{
    private static readonly string[] _names = ["Caroline", "Melanie", "Jon", "Gina", "John", "Maria", "Tim", "Audrey"];
    private static readonly string[] _actions =
        ["went to", "talked about", "signed up for", "is planning", "really enjoyed", "was nervous about", "painted a picture of", "read a book about"];
    private static readonly string[] _objects =
        ["the LGBTQ support group", "a charity race for mental health", "a camping trip with the kids", "her new job at the bakery",
         "adoption agencies", "a pottery class", "the beach near her parents' house", "a concert by her favourite band"];
    private static readonly string[] _tails =
        ["last weekend and said it changed her perspective", "because she wants to give back to the community",
         "after a long and stressful week at work", "with a few friends from the neighbourhood this summer"];

    [Fact(Explicit = true)]
    public async Task Measure()
    {
        var ct = TestContext.Current.CancellationToken;
        var documents = Enumerable.Range(0, 1000)
            .Select(i => $"{_names[i % 8]} {_actions[(i / 8) % 8]} {_objects[(i / 64) % 8]} {_tails[(i / 3) % 4]}.")
            .ToList();
        Console.WriteLine($"ProcessorCount={Environment.ProcessorCount}, avg words/doc={documents.Average(d => d.Split(' ').Length):F1}");

        foreach (var generator in new[] { models.MiniLM, models.Arctic })
        {
            for (var i = 0; i < 20; i++)
            {
                await generator.EmbedAsync("what does Caroline do on weekends?", Vectors.Query);
            }

            var queryCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var samples = new double[200];
            for (var i = 0; i < samples.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await generator.EmbedAsync("what does Caroline do on weekends?", Vectors.Query);
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            var queryCpu = (Process.GetCurrentProcess().TotalProcessorTime - queryCpuBefore).TotalMilliseconds / samples.Length;
            Array.Sort(samples);
            await generator.GenerateAsync(documents.Take(64), Vectors.Document, ct);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await generator.GenerateAsync(documents, Vectors.Document, ct);
            watch.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            Console.WriteLine(
                $"{generator.Model.ModelId}: query median {samples[100]:F2} ms, p95 {samples[190]:F2} ms; " +
                $"1000 docs {watch.Elapsed.TotalSeconds:F2} s = {1000 / watch.Elapsed.TotalSeconds:F0} texts/s; " +
                $"CPU time: {queryCpu:F2} ms/query, {cpu.TotalMilliseconds / 1000:F2} ms/doc (machine load makes wall time noisy)");
        }
    }
}
