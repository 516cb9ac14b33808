using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace WebIdl.Generator.Corpus.Tests.Infrastructure
{
    /// <summary>
    /// One generator driver kept from run to run, as the compiler server or an IDE keeps it: each run swaps in the
    /// additional files of the next set (removing those it does not have, adding the new ones), and the generator's
    /// incremental pipeline reuses what did not change (parsed files, bound and rendered definitions). The output is
    /// the output of a new driver on the same files; <c>PerFileBuildTests</c> checks that on a sample.
    /// Not thread-safe: one session per thread.
    /// </summary>
    public sealed class GeneratorSession
    {
        private GeneratorDriver driver = InProcessBuild.CreateDriver();
        private ImmutableHashSet<AdditionalText> current = ImmutableHashSet<AdditionalText>.Empty;

        /// <summary>Runs the generator on exactly <paramref name="files"/>.</summary>
        public GeneratorRunResult Run(IEnumerable<CorpusFile> files, CancellationToken cancellationToken = default)
        {
            var next = InProcessBuild.AdditionalTexts(files).ToImmutableHashSet();
            var removed = current.Except(next).ToImmutableArray();
            var added = next.Except(current).ToImmutableArray();
            if (removed.Length > 0)
            {
                driver = driver.RemoveAdditionalTexts(removed);
            }

            if (added.Length > 0)
            {
                driver = driver.AddAdditionalTexts(added);
            }

            current = next;
            return InProcessBuild.RunOnce(ref driver, cancellationToken);
        }
    }
}
