// JSON conformance: what RFC 8259 accepts is accepted wherever the schema has
// room for it (decoded, or skipped as an unknown member), and what it rejects
// is rejected, with the sfmodels::error given. Case names follow the parser
// test suites: y_ is valid JSON, accepted unless the schema has no room for
// it (then a schema error, never a syntax one); n_ is not JSON and rejected
// with a syntax error (or a limit met before the fault); i_ is left to the
// implementation by the RFC, and the row records what sfmodels does.
#include <sfmodels/codec/decode.hpp>

#include <sfmodels/codec/encode.hpp>
#include "support/seed_types.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace {
namespace conformance_test {

using sfmodels::error;
using namespace std::string_literals;

constexpr error accepted{};

struct json_case
{
    std::string name;
    std::string model;       // a wire type name, see sfmodels::test::seed_types
    std::string input;
    error expected;          // accepted, or the error decode() must give
    std::string canonical;   // accepted: encode() of the result, if not the input itself
};

void PrintTo(json_case const& c, std::ostream* os)
{
    *os << c.name;
}

// `{"Unknown":<value>}` read as an OperationStatus, which skips the member:
// the grammar of any JSON value, independent of the schema.
json_case unknown(std::string name, std::string value, error expected)
{
    return {std::move(name), "OperationStatus", "{\"Unknown\":" + value + "}", expected, "{}"};
}

std::string nested_arrays(std::size_t depth)
{
    return std::string(depth, '[') + std::string(depth, ']');
}

std::string nested_objects(std::size_t depth)
{
    std::string s;
    for (std::size_t i = 0; i < depth; ++i)
        s += "{\"x\":";
    s += "0";
    return s + std::string(depth, '}');
}

std::vector<json_case> cases()
{
    std::vector<json_case> c = {
        // ---- structure and whitespace
        {"y_object_empty", "OperationStatus", "{}", accepted, ""},
        {"y_object_all_whitespace_kinds", "OperationStatus", " \t\r\n{ \t\r\n} \t\r\n", accepted, "{}"},
        {"y_object_member_spaced", "OperationStatus", "{ \"State\" : \"Running\" }", accepted,
         R"({"State":"Running"})"},
        {"y_object_members_any_order", "InvokeDataLossResult", R"({"SelectedPartition":{},"ErrorCode":0})",
         accepted, R"({"ErrorCode":0,"SelectedPartition":{}})"},
        {"y_object_duplicate_last_wins", "OperationStatus", R"({"State":"Running","State":"Completed"})",
         accepted, R"({"State":"Completed"})"},
        {"i_object_duplicate_invalid_first", "InvokeDataLossResult", R"({"ErrorCode":"x","ErrorCode":1})",
         error::bad_integer, ""},
        {"y_object_duplicate_null_last", "OperationStatus", R"({"State":"Running","State":null})", accepted, "{}"},
        {"y_object_duplicate_object_replaced", "InvokeDataLossResult",
         R"({"SelectedPartition":{"ServiceName":"a","PartitionId":"00000000-0000-0000-0000-000000000001"},)"
         R"("SelectedPartition":{"ServiceName":"b"}})",
         accepted, R"({"SelectedPartition":{"ServiceName":"b"}})"},
        {"y_object_null_member", "OperationStatus", R"({"State":null})", accepted, "{}"},
        {"y_object_key_escaped", "OperationStatus", R"({"\u0053tate":"Running"})", accepted,
         R"({"State":"Running"})"},
        {"y_object_key_case_sensitive", "OperationStatus", R"({"state":"Running"})", accepted, "{}"},
        {"y_object_key_empty", "OperationStatus", R"({"":"Running"})", accepted, "{}"},
        {"y_object_key_prefix_of_member", "OperationStatus", R"({"Stat":"Running","States":"Running"})",
         accepted, "{}"},
        {"y_object_key_non_ascii", "OperationStatus", "{\"\xc3\x89tat\":1}", accepted, "{}"},
        {"y_array_empty", "OperationStatusList", "[]", accepted, ""},
        {"y_array_of_empty_objects", "OperationStatusList", "[{},{}]", accepted, ""},
        {"y_array_spaced", "OperationStatusList", "[ {} , {\"State\" :\"Faulted\"} ]", accepted,
         R"([{},{"State":"Faulted"}])"},
        {"y_array_shorter_than_before", "OperationStatusList", R"([{"Type":"NodeTransition"}])", accepted, ""},
        {"n_empty_document", "OperationStatus", "", error::incomplete, ""},
        {"n_whitespace_only", "OperationStatus", " \t\r\n", error::incomplete, ""},
        {"n_object_unclosed", "OperationStatus", "{", error::incomplete, ""},
        {"n_object_unclosed_after_key", "OperationStatus", R"({"State")", error::incomplete, ""},
        {"n_object_unclosed_after_colon", "OperationStatus", R"({"State":)", error::incomplete, ""},
        {"n_object_unclosed_after_value", "OperationStatus", R"({"State":"Running")", error::incomplete, ""},
        {"n_object_unclosed_after_comma", "OperationStatus", R"({"State":"Running",)", error::incomplete, ""},
        {"n_object_unclosed_in_unknown", "OperationStatus", R"({"x":[{"y":)", error::incomplete, ""},
        {"n_array_unclosed", "OperationStatusList", "[", error::incomplete, ""},
        {"n_array_unclosed_after_element", "OperationStatusList", "[{}", error::incomplete, ""},
        {"n_array_unclosed_after_comma", "OperationStatusList", "[{},", error::incomplete, ""},
        {"n_object_trailing_comma", "OperationStatus", R"({"State":"Running",})", error::syntax, ""},
        {"n_object_only_comma", "OperationStatus", "{,}", error::syntax, ""},
        {"n_object_leading_comma", "OperationStatus", R"({,"State":"Running"})", error::syntax, ""},
        {"n_object_double_comma", "OperationStatus", R"({"a":1,,"b":2})", error::syntax, ""},
        {"n_object_missing_colon", "OperationStatus", R"({"State" "Running"})", error::syntax, ""},
        {"n_object_double_colon", "OperationStatus", R"({"State"::"Running"})", error::syntax, ""},
        {"n_object_missing_comma", "OperationStatus", R"({"a":1 "b":2})", error::syntax, ""},
        {"n_object_missing_value", "OperationStatus", R"({"State":})", error::syntax, ""},
        {"n_object_key_unquoted", "OperationStatus", R"({State:"Running"})", error::syntax, ""},
        {"n_object_key_single_quoted", "OperationStatus", R"({'State':"Running"})", error::syntax, ""},
        {"n_object_key_number", "OperationStatus", R"({1:"Running"})", error::syntax, ""},
        {"n_object_key_null", "OperationStatus", R"({null:"Running"})", error::syntax, ""},
        {"n_object_closed_by_bracket", "OperationStatus", R"({"State":"Running"])", error::syntax, ""},
        {"n_array_trailing_comma", "OperationStatusList", "[{},]", error::syntax, ""},
        {"n_array_leading_comma", "OperationStatusList", "[,{}]", error::syntax, ""},
        {"n_array_double_comma", "OperationStatusList", "[{},,{}]", error::syntax, ""},
        {"n_array_missing_comma", "OperationStatusList", "[{} {}]", error::syntax, ""},
        {"n_array_closed_by_brace", "OperationStatusList", "[{}}", error::syntax, ""},
        {"n_array_colon_separated", "OperationStatusList", "[{}:{}]", error::syntax, ""},
        {"n_trailing_object", "OperationStatus", "{}{}", error::trailing_data, ""},
        {"n_trailing_close_brace", "OperationStatus", "{}}", error::trailing_data, ""},
        {"n_trailing_close_bracket", "OperationStatusList", "[]]", error::trailing_data, ""},
        {"n_trailing_word", "OperationStatus", "{} x", error::trailing_data, ""},
        {"n_trailing_number", "OperationStatus", "{}\n0", error::trailing_data, ""},
        {"n_trailing_nul", "OperationStatus", "{}\0"s, error::trailing_data, ""},
        {"n_trailing_comment", "OperationStatus", "{}/**/", error::trailing_data, ""},
        {"n_leading_nul", "OperationStatus", "\0{}"s, error::syntax, ""},
        {"n_leading_comment", "OperationStatus", "/**/{}", error::syntax, ""},
        {"n_line_comment", "OperationStatus", "// c\n{}", error::syntax, ""},
        {"n_comment_inside", "OperationStatus", "{/**/}", error::syntax, ""},
        {"n_whitespace_form_feed", "OperationStatus", "{\f}", error::syntax, ""},
        {"n_whitespace_vertical_tab", "OperationStatus", "{\v}", error::syntax, ""},
        {"n_whitespace_nbsp", "OperationStatus", "{\xc2\xa0}", error::syntax, ""},
        {"n_whitespace_ideographic_space", "OperationStatus", "\xe3\x80\x80{}", error::syntax, ""},
        {"i_bom", "OperationStatus", "\xef\xbb\xbf{}", error::syntax, ""},
        {"i_bom_only", "OperationStatus", "\xef\xbb\xbf", error::syntax, ""},

        // ---- top-level values the schema has no room for
        {"y_top_object_for_array_model", "OperationStatusList", "{}", error::wrong_type, ""},
        {"y_top_array_for_object_model", "OperationStatus", "[]", error::wrong_type, ""},
        {"y_top_string", "OperationStatus", R"("State")", error::wrong_type, ""},
        {"y_top_number", "OperationStatus", "0", error::wrong_type, ""},
        {"y_top_true", "OperationStatus", "true", error::wrong_type, ""},
        {"y_top_null", "OperationStatus", "null", error::wrong_type, ""},
        {"y_top_null_list", "OperationStatusList", "null", error::wrong_type, ""},
        {"y_list_null_element", "OperationStatusList", "[{},null]", error::wrong_type, ""},
        {"y_list_number_element", "OperationStatusList", "[1]", error::wrong_type, ""},
        {"y_list_nested_array", "OperationStatusList", "[[]]", error::wrong_type, ""},
        {"n_top_literal_truncated", "OperationStatus", "tru", error::incomplete, ""},

        // ---- literals, anywhere as unknown members
        unknown("y_literal_true", "true", accepted),
        unknown("y_literal_false", "false", accepted),
        unknown("y_literal_null", "null", accepted),
        unknown("y_unknown_empty_string", R"("")", accepted),
        unknown("y_unknown_empty_array", "[]", accepted),
        unknown("y_unknown_empty_object", "{}", accepted),
        unknown("y_unknown_mixed_array", R"([1,"a",true,false,null,{},[],-0.5e-3])", accepted),
        unknown("y_unknown_nested", R"({"y":[{"z":[[{"State":5}]]}],"State":[]})", accepted),
        unknown("y_unknown_member_named_like_known", R"({"State":1,"OperationId":true})", accepted),
        unknown("n_literal_capitalised", "True", error::syntax),
        unknown("n_literal_upper", "NULL", error::syntax),
        unknown("n_literal_prefix", "nul", error::syntax),
        unknown("n_literal_extended", "truth", error::syntax),
        unknown("n_literal_nan", "NaN", error::syntax),
        unknown("n_literal_infinity", "Infinity", error::syntax),
        unknown("n_literal_minus_infinity", "-Infinity", error::syntax),
        unknown("n_literal_undefined", "undefined", error::syntax),
        unknown("n_value_missing_in_array", "[1,,2]", error::syntax),
        unknown("n_value_single_quoted", "'a'", error::syntax),

        // ---- the number grammar, as unknown members
        unknown("y_number_zero", "0", accepted),
        unknown("y_number_minus_zero", "-0", accepted),
        unknown("y_number_negative", "-123", accepted),
        unknown("y_number_fraction", "1.5", accepted),
        unknown("y_number_minus_zero_fraction", "-0.0", accepted),
        unknown("y_number_exponent", "1e5", accepted),
        unknown("y_number_exponent_upper", "1E5", accepted),
        unknown("y_number_exponent_plus", "1e+5", accepted),
        unknown("y_number_exponent_minus", "1e-5", accepted),
        unknown("y_number_fraction_exponent", "-1.25E-10", accepted),
        unknown("y_number_zero_exponent", "0e0", accepted),
        unknown("y_number_exponent_leading_zeros", "1e007", accepted),
        unknown("y_number_int64_max", "9223372036854775807", accepted),
        unknown("y_number_int64_min", "-9223372036854775808", accepted),
        unknown("y_number_uint64_max", "18446744073709551615", accepted),
        unknown("y_number_past_uint64", "18446744073709551616", accepted),
        unknown("y_number_past_int64_min", "-9223372036854775809", accepted),
        unknown("y_number_40_digits", "1234567890123456789012345678901234567890", accepted),
        unknown("y_number_long_fraction", "0." + std::string(400, '3'), accepted),
        unknown("y_number_double_overflow", "1e400", accepted),
        unknown("y_number_double_underflow", "1e-400", accepted),
        unknown("y_number_negative_overflow", "-1.5e999", accepted),
        unknown("i_number_huge_exponent", "1e99999999999999999999", error::out_of_range),
        unknown("n_number_leading_zero", "01", error::syntax),
        unknown("n_number_minus_leading_zero", "-01", error::syntax),
        unknown("n_number_double_zero", "00", error::syntax),
        unknown("n_number_plus", "+1", error::syntax),
        unknown("n_number_leading_dot", ".5", error::syntax),
        unknown("n_number_trailing_dot", "1.", error::syntax),
        unknown("n_number_dot_exponent", "1.e5", error::syntax),
        unknown("n_number_exponent_empty", "1e", error::syntax),
        unknown("n_number_exponent_sign_only", "1e+", error::syntax),
        unknown("n_number_exponent_fraction", "1e5.5", error::syntax),
        unknown("n_number_two_exponents", "1e5e5", error::syntax),
        unknown("n_number_two_dots", "1.5.5", error::syntax),
        unknown("n_number_minus_only", "-", error::syntax),
        unknown("n_number_double_minus", "--1", error::syntax),
        unknown("n_number_minus_space", "- 1", error::syntax),
        unknown("n_number_hex", "0x10", error::syntax),
        unknown("n_number_binary", "0b1", error::syntax),
        unknown("n_number_underscore", "1_000", error::syntax),
        unknown("n_number_space_inside", "1 2", error::syntax),
        unknown("n_number_arabic_indic_digit", "\xd9\xa1", error::syntax),
        unknown("n_number_fullwidth_digit", "\xef\xbc\x91", error::syntax),

        // ---- int32 members: ErrorCode (a JSON number, or a numeric string)
        {"y_int32_zero", "InvokeDataLossResult", R"({"ErrorCode":0})", accepted, ""},
        {"y_int32_minus_zero", "InvokeDataLossResult", R"({"ErrorCode":-0})", accepted, R"({"ErrorCode":0})"},
        {"y_int32_max", "InvokeDataLossResult", R"({"ErrorCode":2147483647})", accepted, ""},
        {"y_int32_min", "InvokeDataLossResult", R"({"ErrorCode":-2147483648})", accepted, ""},
        {"y_int32_hresult", "InvokeDataLossResult", R"({"ErrorCode":-2147024809})", accepted, ""},
        {"y_int32_string", "InvokeDataLossResult", R"({"ErrorCode":"-7"})", accepted, R"({"ErrorCode":-7})"},
        {"y_int32_string_escaped", "InvokeDataLossResult", R"({"ErrorCode":"\u0034\u0032"})", accepted,
         R"({"ErrorCode":42})"},
        {"y_int32_past_max", "InvokeDataLossResult", R"({"ErrorCode":2147483648})", error::out_of_range, ""},
        {"y_int32_past_min", "InvokeDataLossResult", R"({"ErrorCode":-2147483649})", error::out_of_range, ""},
        {"y_int32_past_int64", "InvokeDataLossResult", R"({"ErrorCode":9223372036854775808})", error::out_of_range,
         ""},
        {"y_int32_string_past_max", "InvokeDataLossResult", R"({"ErrorCode":"2147483648"})", error::out_of_range,
         ""},
        {"y_int32_fraction", "InvokeDataLossResult", R"({"ErrorCode":1.0})", error::bad_integer, ""},
        {"y_int32_exponent", "InvokeDataLossResult", R"({"ErrorCode":1e2})", error::bad_integer, ""},
        {"y_int32_minus_zero_fraction", "InvokeDataLossResult", R"({"ErrorCode":-0.0})", error::bad_integer, ""},
        {"y_int32_infinite_double", "InvokeDataLossResult", R"({"ErrorCode":1e400})", error::bad_integer, ""},
        {"y_int32_string_fraction", "InvokeDataLossResult", R"({"ErrorCode":"1.0"})", error::bad_integer, ""},
        {"y_int32_string_plus", "InvokeDataLossResult", R"({"ErrorCode":"+1"})", error::bad_integer, ""},
        {"y_int32_string_space", "InvokeDataLossResult", R"({"ErrorCode":" 1"})", error::bad_integer, ""},
        {"y_int32_string_empty", "InvokeDataLossResult", R"({"ErrorCode":""})", error::bad_integer, ""},
        {"y_int32_string_hex", "InvokeDataLossResult", R"({"ErrorCode":"0x80004005"})", error::bad_integer, ""},
        {"y_int32_bool", "InvokeDataLossResult", R"({"ErrorCode":true})", error::wrong_type, ""},
        {"y_int32_array", "InvokeDataLossResult", R"({"ErrorCode":[0]})", error::wrong_type, ""},
        {"y_int32_object", "InvokeDataLossResult", R"({"ErrorCode":{}})", error::wrong_type, ""},

        // ---- int64 members: written as strings, read from strings or numbers
        {"y_int64_string_max", "NodeResult", R"({"NodeInstanceId":"9223372036854775807"})", accepted, ""},
        // NodeInstanceId is unsigned: the signed bounds are tried on Epoch's DataLossVersion
        {"y_int64_string_min", "Epoch", R"({"DataLossVersion":"-9223372036854775808"})", accepted, ""},
        {"y_int64_number_max", "NodeResult", R"({"NodeInstanceId":9223372036854775807})", accepted,
         R"({"NodeInstanceId":"9223372036854775807"})"},
        {"y_int64_number_min", "Epoch", R"({"DataLossVersion":-9223372036854775808})", accepted,
         R"({"DataLossVersion":"-9223372036854775808"})"},
        {"y_int64_string_minus_zero", "NodeResult", R"({"NodeInstanceId":"-0"})", accepted,
         R"({"NodeInstanceId":"0"})"},
        {"y_int64_epoch_minus_one", "Epoch", R"({"ConfigurationVersion":"-1","DataLossVersion":-1})", accepted,
         R"({"ConfigurationVersion":"-1","DataLossVersion":"-1"})"},
        {"y_int64_string_past_max", "Epoch", R"({"DataLossVersion":"9223372036854775808"})",
         error::out_of_range, ""},
        {"y_uint64_string_max", "NodeResult", R"({"NodeInstanceId":"18446744073709551615"})", accepted, ""},
        {"y_uint64_string_past_max", "NodeResult", R"({"NodeInstanceId":"18446744073709551616"})",
         error::out_of_range, ""},
        {"y_uint64_string_minus_one", "NodeResult", R"({"NodeInstanceId":"-1"})", error::out_of_range, ""},
        {"y_int64_string_past_min", "NodeResult", R"({"NodeInstanceId":"-9223372036854775809"})",
         error::out_of_range, ""},
        {"y_int64_string_20_digits", "NodeResult", R"({"NodeInstanceId":"99999999999999999999"})",
         error::out_of_range, ""},
        {"y_int64_number_past_max", "Epoch", R"({"DataLossVersion":9223372036854775808})", error::out_of_range,
         ""},
        {"y_uint64_number_max", "NodeResult", R"({"NodeInstanceId":18446744073709551615})", accepted,
         R"({"NodeInstanceId":"18446744073709551615"})"},
        {"y_int64_number_past_min", "NodeResult", R"({"NodeInstanceId":-9223372036854775809})",
         error::out_of_range, ""},
        {"y_int64_number_past_uint64", "NodeResult", R"({"NodeInstanceId":18446744073709551616})",
         error::out_of_range, ""},
        {"y_int64_number_exponent", "NodeResult", R"({"NodeInstanceId":1e3})", error::bad_integer, ""},
        {"y_int64_number_fraction", "NodeResult", R"({"NodeInstanceId":12.0})", error::bad_integer, ""},
        {"y_int64_string_exponent", "NodeResult", R"({"NodeInstanceId":"1e3"})", error::bad_integer, ""},
        {"y_int64_string_leading_zero", "NodeResult", R"({"NodeInstanceId":"007"})", error::bad_integer, ""},
        {"y_int64_string_minus_only", "NodeResult", R"({"NodeInstanceId":"-"})", error::bad_integer, ""},
        {"y_int64_string_trailing_letter", "NodeResult", R"({"NodeInstanceId":"12a"})", error::bad_integer, ""},
        {"y_int64_string_trailing_nul", "NodeResult", R"({"NodeInstanceId":"12\u0000"})", error::bad_integer, ""},
        {"y_int64_string_arabic_indic", "NodeResult", "{\"NodeInstanceId\":\"\xd9\xa1\"}", error::bad_integer, ""},
        {"y_int64_null_is_absent", "NodeResult", R"({"NodeInstanceId":null})", accepted, "{}"},
        {"y_int64_bool", "NodeResult", R"({"NodeInstanceId":false})", error::wrong_type, ""},

        // ---- strings: escapes, UTF-8, control characters
        {"y_string_plain", "SelectedPartition", R"({"ServiceName":"fabric:/app/svc"})", accepted, ""},
        {"y_string_empty", "SelectedPartition", R"({"ServiceName":""})", accepted, ""},
        {"y_string_short_escapes", "SelectedPartition", R"({"ServiceName":"\"\\\/\b\f\n\r\t"})", accepted,
         R"({"ServiceName":"\"\\/\b\f\n\r\t"})"},
        {"y_string_u_escape_ascii", "SelectedPartition", R"({"ServiceName":"\u0041\u0062"})", accepted,
         R"({"ServiceName":"Ab"})"},
        {"y_string_u_escape_upper_hex", "SelectedPartition", R"({"ServiceName":"\u00E9\u00e9"})", accepted,
         "{\"ServiceName\":\"\xc3\xa9\xc3\xa9\"}"},
        {"y_string_u_escape_three_bytes", "SelectedPartition", R"({"ServiceName":"\u20ac"})", accepted,
         "{\"ServiceName\":\"\xe2\x82\xac\"}"},
        {"y_string_surrogate_pair", "SelectedPartition", R"({"ServiceName":"\ud83d\ude00"})", accepted,
         "{\"ServiceName\":\"\xf0\x9f\x98\x80\"}"},
        {"y_string_surrogate_pair_upper", "SelectedPartition", R"({"ServiceName":"\uD83D\uDE00"})", accepted,
         "{\"ServiceName\":\"\xf0\x9f\x98\x80\"}"},
        {"y_string_last_code_point_escaped", "SelectedPartition", R"({"ServiceName":"\udbff\udfff"})", accepted,
         "{\"ServiceName\":\"\xf4\x8f\xbf\xbf\"}"},
        {"y_string_u_escape_nul", "SelectedPartition", R"({"ServiceName":"a\u0000b"})", accepted, ""},
        {"y_string_u_escape_controls", "SelectedPartition", R"({"ServiceName":"\u0001\u001f\u0008"})", accepted,
         R"({"ServiceName":"\u0001\u001f\b"})"},
        {"y_string_del_raw", "SelectedPartition", "{\"ServiceName\":\"\x7f\"}", accepted, ""},
        {"y_string_utf8_two_bytes", "SelectedPartition", "{\"ServiceName\":\"\xc3\xa9t\xc3\xa9\"}", accepted, ""},
        {"y_string_utf8_three_bytes", "SelectedPartition", "{\"ServiceName\":\"\xe2\x82\xac\"}", accepted, ""},
        {"y_string_utf8_four_bytes", "SelectedPartition", "{\"ServiceName\":\"\xf0\x9f\x98\x80\"}", accepted, ""},
        {"y_string_utf8_last_code_point", "SelectedPartition", "{\"ServiceName\":\"\xf4\x8f\xbf\xbf\"}", accepted,
         ""},
        {"y_string_noncharacter_fffe", "SelectedPartition", R"({"ServiceName":"\ufffe\uffff"})", accepted,
         "{\"ServiceName\":\"\xef\xbf\xbe\xef\xbf\xbf\"}"},
        {"y_string_line_separators", "SelectedPartition", "{\"ServiceName\":\"\xe2\x80\xa8\xe2\x80\xa9\"}",
         accepted, ""},
        {"y_string_escaped_solidus", "SelectedPartition", R"({"ServiceName":"fabric:\/app"})", accepted,
         R"({"ServiceName":"fabric:/app"})"},
        {"n_string_raw_nul", "SelectedPartition", "{\"ServiceName\":\"a\0b\"}"s, error::syntax, ""},
        {"n_string_raw_control", "SelectedPartition", "{\"ServiceName\":\"\x01\"}", error::syntax, ""},
        {"n_string_raw_unit_separator", "SelectedPartition", "{\"ServiceName\":\"\x1f\"}", error::syntax, ""},
        {"n_string_raw_tab", "SelectedPartition", "{\"ServiceName\":\"a\tb\"}", error::syntax, ""},
        {"n_string_raw_newline", "SelectedPartition", "{\"ServiceName\":\"a\nb\"}", error::syntax, ""},
        {"n_string_raw_control_in_key", "OperationStatus", "{\"St\x02" "ate\":1}", error::syntax, ""},
        {"n_string_raw_control_in_unknown", "OperationStatus", "{\"x\":\"\x03\"}", error::syntax, ""},
        {"n_string_escape_x", "SelectedPartition", R"({"ServiceName":"\x41"})", error::syntax, ""},
        {"n_string_escape_a", "SelectedPartition", R"({"ServiceName":"\a"})", error::syntax, ""},
        {"n_string_escape_apostrophe", "SelectedPartition", R"({"ServiceName":"\'"})", error::syntax, ""},
        {"n_string_escape_upper_u", "SelectedPartition", R"({"ServiceName":"\U0041"})", error::syntax, ""},
        {"n_string_escape_zero", "SelectedPartition", R"({"ServiceName":"\0"})", error::syntax, ""},
        {"n_string_u_escape_bad_hex", "SelectedPartition", R"({"ServiceName":"\u00G0"})", error::syntax, ""},
        {"n_string_u_escape_short", "SelectedPartition", R"({"ServiceName":"\u00"})", error::syntax, ""},
        {"n_string_u_escape_end", "SelectedPartition", R"({"ServiceName":"\u)", error::incomplete, ""},
        {"n_string_backslash_end", "SelectedPartition", R"({"ServiceName":"\)", error::incomplete, ""},
        {"n_string_unclosed", "SelectedPartition", R"({"ServiceName":"abc)", error::incomplete, ""},
        {"n_string_single_quoted", "SelectedPartition", R"({"ServiceName":'abc'})", error::syntax, ""},
        {"n_string_lone_high_surrogate", "SelectedPartition", R"({"ServiceName":"\ud800"})", error::syntax, ""},
        {"n_string_lone_low_surrogate", "SelectedPartition", R"({"ServiceName":"\udc00"})", error::syntax, ""},
        {"n_string_high_surrogate_then_char", "SelectedPartition", R"({"ServiceName":"\ud800x"})", error::syntax,
         ""},
        {"n_string_high_surrogate_then_bmp", "SelectedPartition", R"({"ServiceName":"\ud800\u0041"})",
         error::syntax, ""},
        {"n_string_surrogates_reversed", "SelectedPartition", R"({"ServiceName":"\udfff\ud800"})", error::syntax,
         ""},
        {"n_string_lone_surrogate_in_unknown", "OperationStatus", R"({"x":"\udead"})", error::syntax, ""},
        {"n_string_lone_surrogate_in_key", "OperationStatus", R"({"\ud800":1})", error::syntax, ""},
        {"n_utf8_lone_continuation", "SelectedPartition", "{\"ServiceName\":\"\x80\"}", error::syntax, ""},
        {"n_utf8_overlong_nul", "SelectedPartition", "{\"ServiceName\":\"\xc0\x80\"}", error::syntax, ""},
        {"n_utf8_overlong_two_bytes", "SelectedPartition", "{\"ServiceName\":\"\xc1\xbf\"}", error::syntax, ""},
        {"n_utf8_overlong_three_bytes", "SelectedPartition", "{\"ServiceName\":\"\xe0\x80\xaf\"}", error::syntax,
         ""},
        {"n_utf8_overlong_four_bytes", "SelectedPartition", "{\"ServiceName\":\"\xf0\x80\x80\xaf\"}",
         error::syntax, ""},
        {"n_utf8_encoded_surrogate", "SelectedPartition", "{\"ServiceName\":\"\xed\xa0\x80\"}", error::syntax, ""},
        {"n_utf8_past_last_code_point", "SelectedPartition", "{\"ServiceName\":\"\xf4\x90\x80\x80\"}",
         error::syntax, ""},
        {"n_utf8_byte_f5", "SelectedPartition", "{\"ServiceName\":\"\xf5\x80\x80\x80\"}", error::syntax, ""},
        {"n_utf8_byte_ff", "SelectedPartition", "{\"ServiceName\":\"\xff\"}", error::syntax, ""},
        {"n_utf8_truncated_three_bytes", "SelectedPartition", "{\"ServiceName\":\"\xe2\x82\"}", error::syntax, ""},
        {"n_utf8_truncated_four_bytes", "SelectedPartition", "{\"ServiceName\":\"\xf0\x9f\x98\"}", error::syntax,
         ""},
        {"n_utf8_latin1", "SelectedPartition", "{\"ServiceName\":\"caf\xe9\"}", error::syntax, ""},
        {"n_utf8_in_key", "OperationStatus", "{\"\xe9\":1}", error::syntax, ""},
        {"n_utf8_in_unknown_value", "OperationStatus", "{\"x\":\"\xc3\"}", error::syntax, ""},
        {"n_utf8_outside_strings", "OperationStatus", "{\xc3\xa9}", error::syntax, ""},
        {"y_string_for_object", "InvokeDataLossResult", R"({"SelectedPartition":"x"})", error::wrong_type, ""},
        {"y_number_for_string", "SelectedPartition", R"({"ServiceName":1})", error::wrong_type, ""},
        {"y_bool_for_string", "SelectedPartition", R"({"ServiceName":true})", error::wrong_type, ""},
        {"y_array_for_string", "SelectedPartition", R"({"ServiceName":["a"]})", error::wrong_type, ""},
        {"y_object_for_string", "SelectedPartition", R"({"ServiceName":{}})", error::wrong_type, ""},

        // ---- uuid, date-time and enum members
        {"y_uuid_lower", "OperationStatus", R"({"OperationId":"8d3b6f0e-4a1c-4f92-b7e5-0a9c8d7e6f51"})", accepted,
         ""},
        {"y_uuid_upper", "OperationStatus", R"({"OperationId":"8D3B6F0E-4A1C-4F92-B7E5-0A9C8D7E6F51"})", accepted,
         R"({"OperationId":"8d3b6f0e-4a1c-4f92-b7e5-0a9c8d7e6f51"})"},
        {"y_uuid_escaped_digits", "OperationStatus",
         R"({"OperationId":"\u0038d3b6f0e-4a1c-4f92-b7e5-0a9c8d7e6f51"})", accepted,
         R"({"OperationId":"8d3b6f0e-4a1c-4f92-b7e5-0a9c8d7e6f51"})"},
        {"y_uuid_braces", "OperationStatus", R"({"OperationId":"{8d3b6f0e-4a1c-4f92-b7e5-0a9c8d7e6f51}"})",
         error::bad_uuid, ""},
        {"y_uuid_no_dashes", "OperationStatus", R"({"OperationId":"8d3b6f0e4a1c4f92b7e50a9c8d7e6f51"})",
         error::bad_uuid, ""},
        {"y_uuid_short", "OperationStatus", R"({"OperationId":"8d3b6f0e-4a1c-4f92-b7e5-0a9c8d7e6f5"})",
         error::bad_uuid, ""},
        {"y_uuid_non_hex", "OperationStatus", R"({"OperationId":"8d3b6f0e-4a1c-4f92-b7e5-0a9c8d7e6f5g"})",
         error::bad_uuid, ""},
        {"y_uuid_urn", "OperationStatus", R"({"OperationId":"urn:uuid:8d3b6f0e-4a1c-4f92-b7e5-0a9c8d7e6f51"})",
         error::bad_uuid, ""},
        {"y_uuid_number", "OperationStatus", R"({"OperationId":0})", error::wrong_type, ""},
        {"y_time_utc", "BackupProgressInfo", R"({"TimeStampUtc":"2024-03-01T10:17:42.318Z"})", accepted, ""},
        {"y_time_offset", "BackupProgressInfo", R"({"TimeStampUtc":"2024-03-01T00:30:00+01:00"})", accepted,
         R"({"TimeStampUtc":"2024-02-29T23:30:00Z"})"},
        {"y_time_lower_case", "BackupProgressInfo", R"({"TimeStampUtc":"2024-03-01t10:17:42z"})", accepted,
         R"({"TimeStampUtc":"2024-03-01T10:17:42Z"})"},
        {"y_time_nine_digits", "BackupProgressInfo", R"({"TimeStampUtc":"2024-03-01T10:17:42.123456789Z"})",
         accepted, R"({"TimeStampUtc":"2024-03-01T10:17:42.1234567Z"})"},
        {"y_time_dotnet_min", "BackupProgressInfo", R"({"TimeStampUtc":"0001-01-01T00:00:00Z"})", accepted, ""},
        {"y_time_last_tick", "BackupProgressInfo", R"({"TimeStampUtc":"9999-12-31T23:59:59.9999999Z"})", accepted,
         ""},
        {"y_time_offset_inside_year_0000", "BackupProgressInfo", R"({"TimeStampUtc":"0000-01-01T00:30:00+00:30"})",
         accepted, R"({"TimeStampUtc":"0000-01-01T00:00:00Z"})"},
        {"y_time_offset_before_year_0000", "BackupProgressInfo", R"({"TimeStampUtc":"0000-01-01T00:00:00+00:01"})",
         error::bad_timestamp, ""},
        {"y_time_offset_past_year_9999", "BackupProgressInfo", R"({"TimeStampUtc":"9999-12-31T23:59:59-00:01"})",
         error::bad_timestamp, ""},
        {"y_time_leap_second", "BackupProgressInfo", R"({"TimeStampUtc":"2016-12-31T23:59:60Z"})",
         error::bad_timestamp, ""},
        {"y_time_not_leap_year", "BackupProgressInfo", R"({"TimeStampUtc":"2023-02-29T00:00:00Z"})",
         error::bad_timestamp, ""},
        {"y_time_month_13", "BackupProgressInfo", R"({"TimeStampUtc":"2024-13-01T00:00:00Z"})",
         error::bad_timestamp, ""},
        {"y_time_hour_24", "BackupProgressInfo", R"({"TimeStampUtc":"2024-01-01T24:00:00Z"})", error::bad_timestamp,
         ""},
        {"y_time_no_zone", "BackupProgressInfo", R"({"TimeStampUtc":"2024-01-01T00:00:00"})", error::bad_timestamp,
         ""},
        {"y_time_space_separator", "BackupProgressInfo", R"({"TimeStampUtc":"2024-01-01 00:00:00Z"})",
         error::bad_timestamp, ""},
        {"y_time_date_only", "BackupProgressInfo", R"({"TimeStampUtc":"2024-01-01"})", error::bad_timestamp, ""},
        {"y_time_empty_fraction", "BackupProgressInfo", R"({"TimeStampUtc":"2024-01-01T00:00:00.Z"})",
         error::bad_timestamp, ""},
        {"y_time_offset_hour_24", "BackupProgressInfo", R"({"TimeStampUtc":"2024-01-01T00:00:00+24:00"})",
         error::bad_timestamp, ""},
        {"y_time_number", "BackupProgressInfo", R"({"TimeStampUtc":1709288262})", error::wrong_type, ""},
        {"y_enum_known", "OperationStatus", R"({"State":"Running"})", accepted, ""},
        {"y_enum_lower_case", "OperationStatus", R"({"State":"running"})", accepted, R"({"State":"Running"})"},
        {"y_enum_escaped", "OperationStatus", R"({"State":"R\u0075nning"})", accepted, R"({"State":"Running"})"},
        {"y_enum_unknown_kept", "OperationStatus", R"({"State":"Paused"})", accepted, ""},
        {"y_enum_unknown_non_ascii", "OperationStatus", R"({"State":"\u00e9tat\n"})", accepted,
         "{\"State\":\"\xc3\xa9tat\\n\"}"},
        {"y_enum_empty_kept", "OperationStatus", R"({"State":""})", accepted, ""},
        {"y_enum_number", "OperationStatus", R"({"State":1})", error::wrong_type, ""},
        {"y_enum_bool", "OperationStatus", R"({"State":true})", error::wrong_type, ""},

        // ---- required members
        {"y_required_present", "FabricError", R"({"Error":{"Code":"E_FAIL"}})", accepted, ""},
        {"y_required_unknown_code", "FabricError", R"({"Error":{"Code":"FABRIC_E_SOMETHING_NEW"}})", accepted, ""},
        {"y_required_absent", "FabricError", "{}", error::missing_member, ""},
        {"y_required_null", "FabricError", R"({"Error":null})", error::missing_member, ""},
        {"y_required_inner_absent", "FabricError", R"({"Error":{}})", error::missing_member, ""},
        {"y_required_inner_null", "FabricError", R"({"Error":{"Code":null,"Message":"m"}})", error::missing_member,
         ""},
        {"y_required_wrong_type", "FabricError", R"({"Error":"E_FAIL"})", error::wrong_type, ""},
        {"y_required_in_array", "FabricError", R"({"Error":[]})", error::wrong_type, ""},
    };

    // ---- nesting: the document itself counts; 64 levels are allowed
    c.push_back(unknown("y_depth_64_arrays", nested_arrays(63), accepted));
    c.push_back(unknown("i_depth_65_arrays", nested_arrays(64), error::too_deep));
    c.push_back(unknown("y_depth_64_objects", nested_objects(63), accepted));
    c.push_back(unknown("i_depth_65_objects", nested_objects(64), error::too_deep));
    c.push_back(unknown("n_depth_100000_unclosed", std::string(100000, '['), error::too_deep));
    c.push_back({"i_depth_65_in_list", "OperationStatusList", "[{\"x\":" + nested_arrays(63) + "}]",
                 error::too_deep, ""});
    return c;
}

class Conformance : public testing::TestWithParam<json_case>
{
protected:
    // Calls f(model) with a value-initialised model of the case's wire type.
    template<class F>
    void with_model(F&& f)
    {
        bool const found = sfmodels::test::visit_seed_type(GetParam().model, [&](auto w) {
            typename decltype(w)::type model{};
            f(model);
        });
        ASSERT_TRUE(found) << "no wire type " << GetParam().model;
    }

    static std::string const& canonical()
    {
        json_case const& c = GetParam();
        return c.canonical.empty() ? c.input : c.canonical;
    }
};

TEST_P(Conformance, Decode)
{
    json_case const& c = GetParam();
    with_model([&](auto& model) {
        auto const r = sfmodels::decode(c.input, model);
        if (c.expected == accepted) {
            ASSERT_TRUE(r.ok()) << r.message();
            EXPECT_EQ(sfmodels::to_json(model), canonical());
        } else {
            EXPECT_EQ(r.code, c.expected) << r.message();
            EXPECT_LE(r.offset, c.input.size());
        }
    });
}

// A decoder fed one byte at a time reaches the same verdict and value.
TEST_P(Conformance, DecodeByteByByte)
{
    json_case const& c = GetParam();
    with_model([&](auto& model) {
        sfmodels::decoder d(model);
        for (std::size_t i = 0; i < c.input.size() && !d.result(); ++i)
            d.write(std::string_view(c.input).substr(i, 1));
        auto const& r = d.finish();
        if (c.expected == accepted) {
            ASSERT_TRUE(r.ok()) << r.message();
            EXPECT_EQ(sfmodels::to_json(model), canonical());
        } else
            EXPECT_EQ(r.code, c.expected) << r.message();
    });
}

std::string case_name(testing::TestParamInfo<json_case> const& info)
{
    return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Json, Conformance, testing::ValuesIn(cases()), case_name);

bool is_syntax_or_limit(error e)
{
    return e == error::syntax || e == error::incomplete || e == error::trailing_data || e == error::too_deep;
}

TEST(ConformanceTable, HasAtLeast150UniquelyNamedCases)
{
    auto const all = cases();
    EXPECT_GE(all.size(), 150u);
    for (std::size_t i = 0; i < all.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            EXPECT_NE(all[i].name, all[j].name);
}

// y_ rows are JSON, so only the schema may reject them; n_ rows are not.
TEST(ConformanceTable, PrefixesAgreeWithVerdicts)
{
    for (json_case const& c : cases()) {
        if (c.name.starts_with("y_"))
            EXPECT_FALSE(is_syntax_or_limit(c.expected)) << c.name;
        else if (c.name.starts_with("n_"))
            EXPECT_TRUE(is_syntax_or_limit(c.expected)) << c.name;
        else
            EXPECT_TRUE(c.name.starts_with("i_")) << c.name;
    }
}

} // namespace conformance_test
} // namespace
