using Mnemo.Formation;
using Xunit;
namespace Mnemo.Tests.Formation;
public sealed class TmpClsTests
{
    [Fact]
    public void Dump()
    {
        foreach (var name in new[] { "loc", "lme" })
        {
            using var w = new StreamWriter($"/tmp/cls-out-{name}.txt");
            foreach (var line in File.ReadLines($"/tmp/cls-in-{name}.txt"))
            {
                foreach (var s in SentenceClassifier.Sentences(line))
                {
                    var st = SentenceClassifier.Classify(s);
                    w.WriteLine($"{st.Kind}|{st.Target}|{(st.About is null ? "-" : string.Join(",", st.About))}|{st.NewValue}|{st.Finishes}|{st.Off}|{st.Lost}|{st.Text}|{s}");
                }
            }
        }
    }
}
