package vn.thidua.shared.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import vn.thidua.shared.Texts;

/**
 * Every string of a JSON request body as it is read: a control character other than tab and line
 * breaks (above all U+0000, sent escaped in JSON, which PostgreSQL refuses in text) is refused naming
 * the field ({@link ApiExceptionHandler}: 400, "contains a character that is not allowed (U+0000)").
 */
final class JsonTextModule extends SimpleModule {

    JsonTextModule() {
        super("thidua-json-text");
        addDeserializer(String.class, new CheckedStrings());
    }

    /** A string with a control character, and which one. */
    static final class ControlCharacterException extends InvalidFormatException {

        private final int character;

        ControlCharacterException(JsonParser parser, String value, int character) {
            super(parser, "String contains the control character " + Texts.codePoint(character), value, String.class);
            this.character = character;
        }

        int character() {
            return character;
        }
    }

    private static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String value = super.deserialize(parser, context);
            int control = Texts.controlCharacter(value);
            if (control >= 0) {
                throw new ControlCharacterException(parser, value, control);
            }
            return value;
        }
    }
}
