package org.newsgraph.language;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsgraph.article.ArticleRepository;

@ApplicationScoped
public class LanguageService {
    @Inject
    ArticleRepository articles;

    @Transactional
    public List<LanguageResource.LanguageCount> counts() {
        return articles.languageCounts().stream()
                .map(r -> new LanguageResource.LanguageCount((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }
}
