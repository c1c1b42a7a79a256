package dev.flexkit.sandbox.http;

import com.atlassian.oai.validator.model.Body;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;

/**
 * A body for the Atlassian validator that hands over the tree {@link RequestBodies} read already, instead of
 * parsing the bytes again for every look at it; a body that was not read (not JSON) is parsed as the validator's
 * own bodies are.
 */
final class ReadBody implements Body {

    private final byte[] bytes;
    private final JsonNode tree;

    /** @param tree the body's tree, or {@code null} when it was not read */
    ReadBody(byte[] bytes, JsonNode tree) {
        this.bytes = bytes;
        this.tree = tree;
    }

    @Override
    public boolean hasBody() {
        return bytes.length > 0;
    }

    @Override
    public JsonNode toJsonNode() throws IOException {
        return tree != null ? tree : JsonResponses.MAPPER.readTree(bytes);
    }

    @Override
    public String toString(Charset charset) {
        return new String(bytes, charset);
    }
}
