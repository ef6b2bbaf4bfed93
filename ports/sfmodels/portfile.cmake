set(VCPKG_BUILD_TYPE release) # header-only

vcpkg_from_github(
    OUT_SOURCE_PATH SOURCE_PATH
    REPO sfmodels/sfmodels
    REF "v${VERSION}"
    # Placeholder: the release tooling writes the SHA512 of the v${VERSION} archive here.
    SHA512 0
    HEAD_REF main
)

# feature client: sfmodels::client, offered as find_package(sfmodels COMPONENTS client)
vcpkg_check_features(OUT_FEATURE_OPTIONS FEATURE_OPTIONS
    FEATURES
        client SFMODELS_CLIENT
)

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        ${FEATURE_OPTIONS}
        -DSFMODELS_BUILD_TESTS=OFF
        -DSFMODELS_BUILD_BENCHMARKS=OFF
        -DSFMODELS_BUILD_EXAMPLES=OFF
        -DSFMODELS_INSTALL=ON
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(CONFIG_PATH share/cmake/sfmodels)

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/lib" "${CURRENT_PACKAGES_DIR}/share/doc")

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
