package org.newsgraph.tools.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.entity.recognize.NerTokens;

/**
 * Trains one OpenNLP name finder per language and writes {@code src/main/resources/models/ner-<lang>.bin}.
 *
 * <pre>
 * java -cp target/classes:$(cat target/bench.cp) org.newsgraph.tools.ner.NerTrainer \
 *     --lang fa --train ../shared/eval/ner/train/panx-train-fa.jsonl \
 *     [--news ../shared/eval/corpus/farsnews.jsonl] [--news-field text] [--news-lang fas]
 *     [--out src/main/resources/models/ner-fa.bin] [--glue 3-6] [--iterations 150] [--cutoff 2] [--seed 13]
 * </pre>
 *
 * {@code --train} takes PAN-X style JSONL or CoNLL files (comma-separated). Training fragments are shuffled
 * with the fixed seed and glued, a random 3 to 6 at a time, into news-length sentences so the model stops
 * tying entity starts to the sentence start. {@code --news} adds distant supervision: sentences of
 * unlabelled news (JSONL with a text field; {@code --news-lang} keeps only records with that "lang")
 * labelled with the unambiguous names of the training data ({@link NerDistantSupervision}). Same inputs and
 * seed give the same model.
 */
public final class NerTrainer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NerTrainer() {}

    public record Options(String language, List<Path> train, List<Path> news, String newsField, String newsLanguage,
                          int glueMin, int glueMax, int iterations, int cutoff, long seed, int maxNewsSentences) {
        public static Options defaults(String language, List<Path> train) {
            return new Options(language, train, List.of(), "text", null, 3, 6, 150, 2, 13L, 20000);
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                usage("unexpected argument " + args[i]);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        if (!opts.containsKey("lang") || !opts.containsKey("train")) {
            usage("--lang and --train are required");
        }
        String lang = opts.get("lang");
        String[] glue = opts.getOrDefault("glue", "3-6").split("-");
        Options o = new Options(lang, paths(opts.get("train")), paths(opts.getOrDefault("news", "")),
                opts.getOrDefault("news-field", "text"), opts.get("news-lang"),
                Integer.parseInt(glue[0]), Integer.parseInt(glue[glue.length - 1]),
                Integer.parseInt(opts.getOrDefault("iterations", "150")), Integer.parseInt(opts.getOrDefault("cutoff", "2")),
                Long.parseLong(opts.getOrDefault("seed", "13")), Integer.parseInt(opts.getOrDefault("max-news", "20000")));
        Path out = Path.of(opts.getOrDefault("out", "src/main/resources/models/ner-" + lang + ".bin"));
        long t0 = System.nanoTime();
        TokenNameFinderModel model = train(o);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.serialize(os);
        }
        System.out.printf("wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: NerTrainer --lang <code> --train <file.jsonl|file.conll>[,...] [--news <news.jsonl>[,...]]"
                + " [--news-field text] [--news-lang <lang>] [--out <model.bin>] [--glue 3-6] [--iterations 150]"
                + " [--cutoff 2] [--seed 13] [--max-news 20000]");
        System.exit(2);
    }

    private static List<Path> paths(String csv) {
        List<Path> out = new ArrayList<>();
        for (String p : csv.split(",")) {
            if (!p.isBlank()) {
                out.add(Path.of(p.strip()));
            }
        }
        return out;
    }

    public static TokenNameFinderModel train(Options o) throws IOException {
        List<NerSentence> labelled = new ArrayList<>();
        for (Path p : o.train()) {
            labelled.addAll(NerCorpus.read(p));
        }
        Random random = new Random(o.seed());
        List<NerSentence> samples = glue(labelled, o.glueMin(), o.glueMax(), random);
        int glued = samples.size();
        if (!o.news().isEmpty()) {
            NerDistantSupervision distant = new NerDistantSupervision(labelled, 2);
            List<NerSentence> news = new ArrayList<>();
            for (Path p : o.news()) {
                for (String text : newsTexts(p, o.newsField(), o.newsLanguage())) {
                    for (List<Token> sentence : NerTokens.sentences(text, NerTokens.tokenize(text, o.language()), o.language())) {
                        if (sentence.size() < 5 || sentence.size() > 80) {
                            continue;
                        }
                        NerSentence s = distant.label(sentence);
                        if (s != null) {
                            news.add(s);
                        }
                    }
                }
            }
            Collections.shuffle(news, random);
            samples.addAll(news.subList(0, Math.min(news.size(), o.maxNewsSentences())));
            System.out.printf("distant supervision: %d names in lexicon, %d news sentences labelled, %d used%n",
                    distant.size(), news.size(), samples.size() - glued);
        }
        Collections.shuffle(samples, random);
        System.out.printf("training %s on %d sentences (%d glued from %d fragments)%n", o.language(), samples.size(),
                glued, labelled.size());
        List<NameSample> nameSamples = samples.stream().map(s -> s.toNameSample(true)).toList();
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, o.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, o.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, featureDescriptor(), Map.of(), new BioCodec());
        return NameFinderME.train(o.language(), null, ObjectStreamUtils.createObjectStream(nameSamples), params, factory);
    }

    /** Shuffles the fragments and concatenates a random glueMin..glueMax of them at a time. */
    static List<NerSentence> glue(List<NerSentence> fragments, int glueMin, int glueMax, Random random) {
        List<NerSentence> shuffled = new ArrayList<>(fragments);
        Collections.shuffle(shuffled, random);
        List<NerSentence> out = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); ) {
            int n = glueMin + (glueMax > glueMin ? random.nextInt(glueMax - glueMin + 1) : 0);
            int end = Math.min(shuffled.size(), i + Math.max(1, n));
            out.add(NerSentence.concat(shuffled.subList(i, end)));
            i = end;
        }
        return out;
    }

    static byte[] featureDescriptor() throws IOException {
        try (InputStream in = NerTrainer.class.getResourceAsStream("/models/ner-features.xml")) {
            if (in == null) {
                throw new IOException("models/ner-features.xml missing from the class path");
            }
            return in.readAllBytes();
        }
    }

    private static List<String> newsTexts(Path file, String field, String language) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                if (language != null && !language.equals(node.path("lang").asText())) {
                    continue;
                }
                String text = node.path(field).asText("");
                if (!text.isBlank()) {
                    out.add(text);
                }
            }
        }
        return out;
    }
}
