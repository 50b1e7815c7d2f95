namespace Mnemo.Indexing;

/// <summary>
/// The Porter stemming algorithm (M. F. Porter, 1980, "An algorithm for suffix stripping"), after the author's reference
/// C implementation: "connections", "connected" and "connecting" all become "connect". The same algorithm FTS5's
/// <c>porter</c> tokenizer applied to memories before the engine owned keyword search, so stems match what it indexed.
/// </summary>
/// <remarks>
/// Written here rather than taken from Lucene.Net.Analysis.Common: its public Snowball <c>PorterStemmer</c> would bring
/// Lucene.Net, J2N and a beta version (several megabytes) into every application of the engine for one 200-line
/// algorithm that has not changed since 1980. Only words of lower-case ASCII letters of length 3 or more are stemmed
/// (FTS5 did the same); anything else is returned unchanged.
/// </remarks>
internal static class PorterStemmer
{
    /// <summary>The stem of <paramref name="word"/> (already lower-cased and folded).</summary>
    public static string Stem(string word)
    {
        if (word.Length < 3 || word.Length > 64)
        {
            return word;
        }

        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return word;
            }
        }

        var s = new State(word);
        s.Step1ab();
        s.Step1c();
        s.Step2();
        s.Step3();
        s.Step4();
        s.Step5();
        return s.Result();
    }

    private sealed class State(string word)
    {
        private readonly char[] _b = word.ToCharArray();
        private int _k = word.Length - 1;
        private int _j;

        public string Result() => new(_b, 0, _k + 1);

        public void Step1ab()
        {
            if (_b[_k] == 's')
            {
                if (Ends("sses"))
                {
                    _k -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (_k >= 1 && _b[_k - 1] != 's')
                {
                    _k--;
                }
            }

            if (Ends("eed"))
            {
                if (M() > 0)
                {
                    _k--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                _k = _j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleC(_k))
                {
                    _k--;
                    if (_b[_k] is 'l' or 's' or 'z')
                    {
                        _k++;
                    }
                }
                else if (M() == 1 && Cvc(_k))
                {
                    SetTo("e");
                }
            }
        }

        public void Step1c()
        {
            if (Ends("y") && VowelInStem())
            {
                _b[_k] = 'i';
            }
        }

        public void Step2()
        {
            if (_k < 1)
            {
                return;
            }

            switch (_b[_k - 1])
            {
                case 'a':
                    _ = R("ational", "ate") || R("tional", "tion");
                    break;
                case 'c':
                    _ = R("enci", "ence") || R("anci", "ance");
                    break;
                case 'e':
                    _ = R("izer", "ize");
                    break;
                case 'l':
                    _ = R("bli", "ble") || R("alli", "al") || R("entli", "ent") || R("eli", "e") || R("ousli", "ous");
                    break;
                case 'o':
                    _ = R("ization", "ize") || R("ation", "ate") || R("ator", "ate");
                    break;
                case 's':
                    _ = R("alism", "al") || R("iveness", "ive") || R("fulness", "ful") || R("ousness", "ous");
                    break;
                case 't':
                    _ = R("aliti", "al") || R("iviti", "ive") || R("biliti", "ble");
                    break;
                case 'g':
                    _ = R("logi", "log");
                    break;
            }
        }

        public void Step3()
        {
            switch (_b[_k])
            {
                case 'e':
                    _ = R("icate", "ic") || R("ative", string.Empty) || R("alize", "al");
                    break;
                case 'i':
                    _ = R("iciti", "ic");
                    break;
                case 'l':
                    _ = R("ical", "ic") || R("ful", string.Empty);
                    break;
                case 's':
                    _ = R("ness", string.Empty);
                    break;
            }
        }

        public void Step4()
        {
            if (_k < 1)
            {
                return;
            }

            var found = _b[_k - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && _j >= 0 && _b[_j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (found && M() > 1)
            {
                _k = _j;
            }
        }

        public void Step5()
        {
            _j = _k;
            if (_b[_k] == 'e')
            {
                var m = M();
                if (m > 1 || (m == 1 && !Cvc(_k - 1)))
                {
                    _k--;
                }
            }

            if (_b[_k] == 'l' && DoubleC(_k) && M() > 1)
            {
                _k--;
            }
        }

        private bool Cons(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !Cons(i - 1),
            _ => true,
        };

        // The number of consonant-vowel sequences in the stem _b[0.._j].
        private int M()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > _j)
                {
                    return n;
                }

                if (!Cons(i))
                {
                    break;
                }

                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (Cons(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (!Cons(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!Cons(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleC(int j) => j >= 1 && _b[j] == _b[j - 1] && Cons(j);

        private bool Cvc(int i) => i >= 2 && Cons(i) && !Cons(i - 1) && Cons(i - 2) && _b[i] is not ('w' or 'x' or 'y');

        private bool Ends(string s)
        {
            var length = s.Length;
            if (length > _k + 1 || _b[_k] != s[^1])
            {
                return false;
            }

            if (!_b.AsSpan(_k - length + 1, length).SequenceEqual(s))
            {
                return false;
            }

            _j = _k - length;
            return true;
        }

        private void SetTo(string s)
        {
            s.CopyTo(0, _b, _j + 1, s.Length);
            _k = _j + s.Length;
        }

        // Replaces the suffix when the stem before it has at least one consonant-vowel sequence; true when the suffix matched.
        private bool R(string suffix, string replacement)
        {
            if (!Ends(suffix))
            {
                return false;
            }

            if (M() > 0)
            {
                SetTo(replacement);
            }

            return true;
        }
    }
}
