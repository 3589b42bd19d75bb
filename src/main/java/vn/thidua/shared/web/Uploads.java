package vn.thidua.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/**
 * The bytes of an uploaded file (an import, an evidence file). The servlet container refuses bodies
 * over the multipart limit already; this checks the same limit again so that no caller (tests,
 * another container) hands a service more than it allows (413).
 */
@Component
public class Uploads {

    private final DataSize maxFileSize;

    Uploads(@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /** An absent file reads as empty, which the services refuse as an empty file. */
    public byte[] read(MultipartFile file) throws IOException {
        if (file == null) {
            return new byte[0];
        }
        if (file.getSize() > maxFileSize.toBytes()) {
            throw new MaxUploadSizeExceededException(maxFileSize.toBytes());
        }
        return file.getBytes();
    }
}
