package dev.herald.server.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;

/** The one active datasource: H2 by default, PostgreSQL when {@code HERALD_DB_URL} is set. */
@ApplicationScoped
public class ActiveDataSource {

    private final InjectableInstance<AgroalDataSource> dataSources;

    public ActiveDataSource(@Any InjectableInstance<AgroalDataSource> dataSources) {
        this.dataSources = dataSources;
    }

    public AgroalDataSource get() {
        return dataSources.getActive();
    }
}
