package io.github.tongxin.governance.examples.spring.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A validation of an upload as the database keeps it (校验记录): who uploaded what, when, the
 * counts, and the report document as sent.
 *
 * @param id the generated key; null before the first save
 * @param createdAt when the upload was validated
 * @param callerUnit the unit of the caller who uploaded
 * @param inputs the uploaded file names, one a line
 * @param records the records read
 * @param errors the findings of severity error
 * @param warnings the findings of severity warning
 * @param infos the findings of severity info
 * @param report the report document ({@code tongxin-report} JSON)
 */
@Table("validation_run")
public record ValidationRun(
    @Id Long id,
    Instant createdAt,
    String callerUnit,
    String inputs,
    int records,
    long errors,
    long warnings,
    long infos,
    String report) {}
