import os
import re

from conan import ConanFile
from conan.errors import ConanInvalidConfiguration
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load, rmdir, save
from conan.tools.scm import Version

required_conan_version = ">=2.0"


class SfmodelsConan(ConanFile):
    name = "sfmodels"
    description = "Typed models for the Azure Service Fabric REST API with a Boost.Describe JSON codec"
    license = "MIT"
    url = "https://github.com/sfmodels/sfmodels"
    homepage = "https://github.com/sfmodels/sfmodels"
    topics = ("service-fabric", "azure", "json", "rest", "boost-describe", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    # client: sfmodels::client, the HTTPS client of sfmodels/client.hpp (needs OpenSSL)
    options = {"client": [True, False]}
    default_options = {"client": False}
    no_copy_source = True
    exports_sources = "include/*", "CMakeLists.txt", "cmake/*", "LICENSE"

    @property
    def _min_cppstd(self):
        return 20

    @property
    def _compilers_minimum_version(self):
        return {
            "gcc": "12",
            "clang": "14",
            "apple-clang": "14",
            "msvc": "193",
        }

    def set_version(self):
        header = load(self, os.path.join(self.recipe_folder, "include", "sfmodels", "version.hpp"))
        parts = [re.search(rf"#define SFMODELS_VERSION_{p} (\d+)", header).group(1)
                 for p in ("MAJOR", "MINOR", "PATCH")]
        self.version = ".".join(parts)

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        self.requires("boost/[>=1.81.0 <2]", transitive_headers=True)
        if self.options.client:
            self.requires("openssl/[>=1.1 <4]", transitive_headers=True)

    def package_id(self):
        self.info.clear()

    def validate(self):
        if self.settings.compiler.get_safe("cppstd"):
            check_min_cppstd(self, self._min_cppstd)
        minimum_version = self._compilers_minimum_version.get(str(self.settings.compiler), False)
        if minimum_version and Version(self.settings.compiler.version) < minimum_version:
            raise ConanInvalidConfiguration(
                f"{self.ref} requires C++{self._min_cppstd}, which your compiler does not support."
            )

    def generate(self):
        CMakeToolchain(self).generate()
        CMakeDeps(self).generate()

    def package(self):
        cmake = CMake(self)
        cmake.configure(variables={
            "SFMODELS_BUILD_TESTS": "OFF",
            "SFMODELS_BUILD_EXAMPLES": "OFF",
            "SFMODELS_BUILD_BENCHMARKS": "OFF",
            "SFMODELS_INSTALL": "ON",
            "SFMODELS_CLIENT": "OFF",   # the headers are installed either way; package_info declares the target
        })
        cmake.install()
        rmdir(self, os.path.join(self.package_folder, "share"))
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        # CMakeDeps makes its own targets, without the cxx_std_20 compile feature
        # that the CMake package gives sfmodels::sfmodels: this module adds it.
        save(self, os.path.join(self.package_folder, self._cxx_std_module),
             "if(TARGET sfmodels::sfmodels)\n"
             "  set_property(TARGET sfmodels::sfmodels APPEND PROPERTY INTERFACE_COMPILE_FEATURES cxx_std_20)\n"
             "endif()\n")

    @property
    def _cxx_std_module(self):
        return os.path.join("lib", "cmake", "sfmodels", "sfmodels-cxx-std.cmake")

    def package_info(self):
        # Consumers need C++20: with CMakeDeps the build module (see package())
        # gives sfmodels::sfmodels the cxx_std_20 compile feature, as the CMake
        # package does; validate() refuses a profile whose cppstd is older.
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        self.cpp_info.set_property("cmake_file_name", "sfmodels")
        self.cpp_info.set_property("cmake_target_name", "sfmodels::all")
        self.cpp_info.set_property("cmake_build_modules", [self._cxx_std_module])

        core = self.cpp_info.components["sfmodels"]
        core.bindirs = []
        core.libdirs = []
        core.set_property("cmake_target_name", "sfmodels::sfmodels")
        core.requires = ["boost::headers", "boost::json"]

        if self.options.client:
            client = self.cpp_info.components["client"]
            client.bindirs = []
            client.libdirs = []
            client.set_property("cmake_target_name", "sfmodels::client")
            client.requires = ["sfmodels", "openssl::ssl", "openssl::crypto"]
            if self.settings.os in ("Linux", "FreeBSD"):
                client.system_libs = ["pthread"]
