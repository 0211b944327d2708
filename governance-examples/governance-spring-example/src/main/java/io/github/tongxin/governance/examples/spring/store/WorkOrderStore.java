package io.github.tongxin.governance.examples.spring.store;

import org.springframework.data.repository.ListCrudRepository;

/** The work orders in the database (工单库), by key. */
public interface WorkOrderStore extends ListCrudRepository<StoredWorkOrder, Long> {}
