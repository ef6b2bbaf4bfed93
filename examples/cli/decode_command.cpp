#include "commands.hpp"

#include <sfmodels/codec/limits.hpp>
#include <sfmodels/dynamic/type_table.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace sfmodels_cli {
namespace {

using sfmodels::dynamic::type_entry;

constexpr std::size_t chunk_size = 64 * 1024;

/// Prints "error: <what>" as exactly one line, control characters escaped.
exit_status fail(std::string_view what)
{
    std::string line = "error: ";
    for (unsigned char c : what) {
        if (c < 0x20 || c == 0x7f) {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            line += hex;
        } else {
            line += static_cast<char>(c);
        }
    }
    line += '\n';
    std::fputs(line.c_str(), stderr);
    return exit_status::failure;
}

exit_status fail_io(std::string_view action, std::string_view name, int err)
{
    return fail(std::string(action).append(name).append(": ").append(std::strerror(err)));
}

struct file_closer
{
    void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};

/// Destroys a value through the entry that created it.
struct value_deleter
{
    type_entry const* type;
    void operator()(void* value) const noexcept { type->destroy(value); }
};
using value_ptr = std::unique_ptr<void, value_deleter>;

/// Reads `in` to its end, 64 KiB at a time, into `text`. It stops one byte past
/// the largest document the codec accepts: that byte is enough for decode to
/// answer too_large, so memory stays bounded whatever the input.
exit_status read_document(std::FILE* in, std::string_view in_name, std::string& text)
{
    constexpr std::size_t most = sfmodels::limits::max_document_size + 1;
    while (text.size() < most) {
        std::size_t const old = text.size();
        std::size_t const want = std::min(old + chunk_size, most);
        if (want > text.capacity()) {   // grow geometrically, the last step to `most` itself
            std::size_t const grown = std::max(want, 2 * text.capacity());
            text.reserve(grown + chunk_size > most ? most : grown);
        }
        text.resize(want);
        std::size_t const n = std::fread(text.data() + old, 1, text.size() - old, in);
        text.resize(old + n);
        if (std::ferror(in))
            return fail_io("cannot read ", in_name, errno);
        if (std::feof(in))
            break;
    }
    return exit_status::success;
}

exit_status print_json(type_entry const& type, void const* value)
{
    std::string json;
    if (boost::system::error_code ec = type.encode(value, json))
        return fail(std::string("cannot encode ").append(type.name).append(": ").append(ec.message()));
    json += '\n';
    if (std::fwrite(json.data(), 1, json.size(), stdout) != json.size() || std::fflush(stdout) != 0)
        return fail_io("cannot write ", "standard output", errno);
    return exit_status::success;
}

// The type is chosen at run time, so the codec comes from the type table
// (sfmodels/dynamic/type_table.hpp), compiled once for every definition in
// the sfmodels_type_table library, rather than instantiated here.
exit_status run_decode(std::span<char const* const> args)
{
    if (args.empty())
        return usage_error("decode needs a TYPE");
    if (args.size() > 2)
        return usage_error("decode takes a TYPE and at most one FILE");

    std::string_view const type_name = args[0];
    type_entry const* const type = sfmodels::dynamic::find_type(type_name);
    if (!type)
        return usage_error(std::string("unknown TYPE '")
                               .append(type_name)
                               .append("' (`sfmodels types` lists the known ones)"));

    std::unique_ptr<std::FILE, file_closer> file;
    std::FILE* in = stdin;
    std::string_view in_name = "standard input";
    if (args.size() == 2 && std::string_view(args[1]) != "-") {
        in_name = args[1];
        file.reset(std::fopen(args[1], "rb"));
        if (!file)
            return fail_io("cannot read ", in_name, errno);
        in = file.get();
    }

    std::string text;
    if (exit_status const s = read_document(in, in_name, text); s != exit_status::success)
        return s;
    value_ptr const value(type->create(), value_deleter{type});
    if (sfmodels::decode_result const r = type->decode(text, value.get(), {}))
        return fail(r.message());
    return print_json(*type, value.get());
}

} // namespace

command const decode_command{
    "decode",
    "TYPE [FILE]",
    "decode one JSON document from FILE (standard input if absent or -) into TYPE\n"
    "and print it re-encoded as compact JSON",
    run_decode,
};

} // namespace sfmodels_cli
