#pragma once

#include "ApiRequest.h"

#include "core/ApiError.h"

#include <functional>
#include <variant>

namespace viopay {

template <typename T>
using Result = std::variant<T, ApiError>;

using ApiResult = Result<ApiResponse>;

// Turns a transport answer into a typed result: errors pass through, answers go to parse.
template <typename T>
std::function<void(const ApiResult &)> parsedBy(Result<T> (*parse)(const ApiResponse &),
                                                std::function<void(const Result<T> &)> done)
{
    return [parse, done = std::move(done)](const ApiResult &result) {
        if (const auto *error = std::get_if<ApiError>(&result)) {
            done(*error);
            return;
        }
        done(parse(std::get<ApiResponse>(result)));
    };
}

} // namespace viopay
