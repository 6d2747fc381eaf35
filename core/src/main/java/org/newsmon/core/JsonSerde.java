package org.newsmon.core;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a contract record, through {@link Json#MAPPER}. A value that is not valid JSON of the type fails
 * with a {@link SerializationException} (the Streams services route those to {@code news.dlq}). Thread-safe.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {
    private final String contract;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    public JsonSerde(Class<T> type) {
        this(type, type.getSimpleName());
    }

    /**
     * A serde reading a contract into a type of the reader's own: a view with only the fields it needs, which the
     * parser fills without building the rest.
     *
     * @param contract the contract's name, for error messages ("not a valid EnrichedArticle")
     */
    public JsonSerde(Class<T> type, String contract) {
        this.contract = contract;
        this.reader = Json.MAPPER.readerFor(type);
        this.writer = Json.MAPPER.writerFor(type);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return writer.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + contract + " for " + topic, e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length == 0) {
            throw new SerializationException("empty value on " + topic + ", expected " + contract + " JSON");
        }
        try {
            return reader.readValue(data);
        } catch (IOException e) {
            throw new SerializationException("not a valid " + contract + " on " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the type is fixed at construction
    }

    @Override
    public void close() {
        // holds no resources
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }
}
