package org.elasticsearch.node;

import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.classic.ClassicFilter;
import org.apache.lucene.analysis.classic.ClassicTokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.path.PathHierarchyTokenizer;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.th.ThaiTokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredAnalysisComponent;
import org.elasticsearch.index.analysis.PreConfiguredCharFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenizer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A subset of the analysis-common module (not published on Maven Central): only its parameterless,
 * "pre-configured" components, built from the Lucene classes the server jar already depends on, under the same
 * names and with the same defaults. They can also be declared with a type ({"type": "asciifolding"}), but only
 * without parameters: {"type": "edge_ngram", "min_gram": 2} is refused (rather than silently using the defaults),
 * and the components that need parameters (synonym, mapping, pattern_replace, ...) are missing altogether.
 */
public class PreconfiguredAnalysisPlugin extends Plugin implements AnalysisPlugin {

    private static final List<PreConfiguredTokenizer> TOKENIZERS = List.of(
        PreConfiguredTokenizer.singleton("whitespace", WhitespaceTokenizer::new),
        PreConfiguredTokenizer.singleton("keyword", KeywordTokenizer::new),
        PreConfiguredTokenizer.singleton("letter", LetterTokenizer::new),
        PreConfiguredTokenizer.singleton("classic", ClassicTokenizer::new),
        PreConfiguredTokenizer.singleton("uax_url_email", UAX29URLEmailTokenizer::new),
        PreConfiguredTokenizer.singleton("path_hierarchy", PathHierarchyTokenizer::new),
        PreConfiguredTokenizer.singleton("ngram", NGramTokenizer::new),
        PreConfiguredTokenizer.singleton("thai", ThaiTokenizer::new)
    );

    // The boolean says whether the filter also applies to multi-term queries and normalizers, as in analysis-common.
    private static final List<PreConfiguredTokenFilter> TOKEN_FILTERS = List.of(
        PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new),
        PreConfiguredTokenFilter.singleton("uppercase", true, UpperCaseFilter::new),
        PreConfiguredTokenFilter.singleton("trim", true, TrimFilter::new),
        PreConfiguredTokenFilter.singleton("classic", false, ClassicFilter::new),
        PreConfiguredTokenFilter.singleton("reverse", false, ReverseStringFilter::new),
        PreConfiguredTokenFilter.singleton("porter_stem", false, PorterStemFilter::new),
        PreConfiguredTokenFilter.singleton("stemmer", false, PorterStemFilter::new),
        PreConfiguredTokenFilter.singleton("kstem", false, KStemFilter::new),
        PreConfiguredTokenFilter.singleton("snowball", false, input -> new SnowballFilter(input, "English")),
        PreConfiguredTokenFilter.singleton("edge_ngram", false, false, input -> new EdgeNGramTokenFilter(input, 1)),
        PreConfiguredTokenFilter.singleton("ngram", false, false, input -> new NGramTokenFilter(input, 1, 2, false))
    );

    private static final List<PreConfiguredCharFilter> CHAR_FILTERS = List.of(
        PreConfiguredCharFilter.singleton("html_strip", false, HTMLStripCharFilter::new)
    );

    @Override
    public List<PreConfiguredTokenizer> getPreConfiguredTokenizers() {
        return TOKENIZERS;
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return TOKEN_FILTERS;
    }

    @Override
    public List<PreConfiguredCharFilter> getPreConfiguredCharFilters() {
        return CHAR_FILTERS;
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return withType(TOKENIZERS);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return withType(TOKEN_FILTERS);
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return withType(CHAR_FILTERS);
    }

    /** The same components for {"type": name} declarations, refusing any parameter (see the class comment). */
    private static <T> Map<String, AnalysisProvider<T>> withType(List<? extends PreConfiguredAnalysisComponent<T>> components) {
        return components.stream().collect(Collectors.toMap(PreConfiguredAnalysisComponent::getName, component -> {
            AnalysisProvider<T> provider = (indexSettings, environment, name, settings) -> {
                Set<String> parameters = new TreeSet<>(settings.keySet());
                parameters.remove("type");
                if (parameters.isEmpty() == false) {
                    throw new IllegalArgumentException(
                        "[" + name + "]: type [" + component.getName() + "] takes no parameters on this development node "
                            + "(analysis-common is not available, only its default components), got " + parameters
                    );
                }
                return component.get(indexSettings, environment, name, Settings.EMPTY);
            };
            return provider;
        }));
    }

    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        return List.of(
            new PreBuiltAnalyzerProviderFactory("english", CachingStrategy.LUCENE, EnglishAnalyzer::new),
            new PreBuiltAnalyzerProviderFactory("thai", CachingStrategy.LUCENE, ThaiAnalyzer::new)
        );
    }
}
