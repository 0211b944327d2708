package io.github.tongxin.governance.examples.spring.store;

import org.springframework.data.repository.ListCrudRepository;

/** The validation runs in the database (校验记录库), by key. */
public interface ValidationRunStore extends ListCrudRepository<ValidationRun, Long> {}
