package vn.thidua.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.shared.Explained;

/** Resolves message keys in the language of the current request. */
@Component
public class Messages {

    private final MessageSource messageSource;

    public Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String get(String key, Object... arguments) {
        try {
            return messageSource.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
        } catch (IllegalArgumentException e) {
            // a message whose format does not fit its arguments must still produce a sentence
            Object[] texts = arguments == null ? null
                    : java.util.Arrays.stream(arguments).map(String::valueOf).toArray();
            try {
                return messageSource.getMessage(key, texts, key, LocaleContextHolder.getLocale());
            } catch (IllegalArgumentException again) {
                return messageSource.getMessage(key, null, key, LocaleContextHolder.getLocale());
            }
        }
    }

    public String of(Explained exception) {
        return get(exception.getMessageKey(), exception.getArguments());
    }
}
