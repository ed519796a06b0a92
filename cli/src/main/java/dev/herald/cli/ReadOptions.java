package dev.herald.cli;

import dev.herald.core.read.InputFormat;
import dev.herald.core.text.DateTimes;
import java.time.Instant;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options that affect how articles are read, shared by the commands that read them. */
final class ReadOptions {

    @Option(names = "--published", paramLabel = "DATE", converter = DateConverter.class,
            description = "Publication date for wire copy that has none (default: the file's modification time).")
    Instant published;

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Format of standard input: json, md or txt (default: json).")
    InputFormat givenStdinFormat;

    /** The format standard input is read in. */
    InputFormat stdinFormat() {
        return givenStdinFormat != null ? givenStdinFormat : InputFormat.JSON;
    }

    /** Whether standard input is read as JSON only because no other format was named. */
    boolean stdinIsJsonByDefault() {
        return givenStdinFormat == null;
    }

    static final class DateConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            Instant date = DateTimes.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a date-time (" + DateTimes.howToWrite(value) + ")"));
            if (!DateTimes.isPublishable(date)) {
                throw new TypeConversionException("'" + value + "' is before " + DateTimes.FIRST_GREGORIAN_YEAR
                        + " (feeds would give it in another calendar)");
            }
            return date;
        }
    }

    static final class FormatConverter implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return InputFormat.ofName(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not an input format (use json, md or txt)"));
        }
    }
}
