package nl.solidarity.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import nl.solidarity.io.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test cases of RFC 7386, Appendix A (quotes written as single quotes). */
class MergePatchTest {

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text.replace('\'', '"'));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'a':'b'}                 | {'a':'c'}            | {'a':'c'}",
        "{'a':'b'}                 | {'b':'c'}            | {'a':'b','b':'c'}",
        "{'a':'b'}                 | {'a':null}           | {}",
        "{'a':'b','b':'c'}         | {'a':null}           | {'b':'c'}",
        "{'a':['b']}               | {'a':'c'}            | {'a':'c'}",
        "{'a':'c'}                 | {'a':['b']}          | {'a':['b']}",
        "{'a':{'b':'c'}}           | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
        "{'a':[{'b':'c'}]}         | {'a':[1]}            | {'a':[1]}",
        "['a','b']                 | ['c','d']            | ['c','d']",
        "{'a':'b'}                 | ['c']                | ['c']",
        "{'a':'foo'}               | null                 | null",
        "{'a':'foo'}               | 'bar'                | 'bar'",
        "{'e':null}                | {'a':1}              | {'e':null,'a':1}",
        "[1,2]                     | {'a':'b','c':null}   | {'a':'b'}",
        "{}                        | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}"
    })
    void rfc7386AppendixA(String target, String patch, String expected) throws Exception {
        JsonNode original = json(target);
        assertEquals(json(expected), MergePatch.apply(original, json(patch)));
        assertEquals(json(target), original, "the target is not changed");
    }
}
