# installer/Packaging.cmake: desktop integration and CPack. Included at the end of the top-level CMakeLists.txt,
# after every target exists. The programs' own install() rules sit next to them (app/ and sandbox/CMakeLists.txt);
# this file installs the rest and chooses the package generators:
#   Linux   DEB + TGZ   cmake --build build --target package    (tested by scripts/test-install)
#   Windows NSIS        cmake --build build --target package    (not tested here; see installer/README.md)
#   macOS   DragNDrop   cmake --build build --target package    (not tested here; see installer/README.md)
# Install rules run in the order they are declared (CMP0082), so the deploy steps below see every program.

include(GNUInstallDirs)

set(MTLSDESK_APP_ID io.github.mtlsdesk.MtlsDesk)
set(MTLSDESK_HOMEPAGE "https://github.com/mtlsdesk/mtls-desk" CACHE STRING "Home page in the packages' metadata")
set(MTLSDESK_MAINTAINER "mTLS Desk maintainers <maintainers@users.noreply.h-seed-4699d5c1.example>"
    CACHE STRING "Maintainer (\"Name <e-mail>\") in the packages' metadata")
# There is no LICENSE file yet: the default is the legal default, all rights reserved. When a licence is chosen, set
# its SPDX id here and in the metainfo's <project_license>, and point CPACK_RESOURCE_FILE_LICENSE at the file.
set(MTLSDESK_LICENSE "LicenseRef-proprietary")

set(installer_dir ${CMAKE_CURRENT_LIST_DIR})
set(icons_dir ${CMAKE_SOURCE_DIR}/resources/icons)

# The metainfo's newest release must be this version, so that every version bump comes with its release note
# (software centres show them). The file stays a plain, validatable file rather than a template.
set(metainfo ${installer_dir}/${MTLSDESK_APP_ID}.metainfo.xml)
set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${metainfo})
file(READ ${metainfo} metainfo_text)
if(NOT metainfo_text MATCHES "<release version=\"([^\"]+)\"" OR NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "${metainfo}: the first <release> is \"${CMAKE_MATCH_1}\", the project is "
                        "${PROJECT_VERSION}: add a <release version=\"${PROJECT_VERSION}\" date=\"YYYY-MM-DD\"> entry")
endif()

# --- Desktop integration (freedesktop.org: Linux and the BSDs) -------------------------------------------------------
if(UNIX AND NOT APPLE)
    install(FILES ${installer_dir}/${MTLSDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${metainfo} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # resources/icons/hicolor is laid out as the icon theme is: NxN/apps/ID.png and scalable/apps/ID.svg.
    install(DIRECTORY ${icons_dir}/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)

    # Man pages, gzipped as Debian policy asks (-n: no name or time stamp, so the package is reproducible). The
    # ".TH" line gets the project's version, so the pages need no edit for a version bump.
    find_program(GZIP_PROGRAM gzip REQUIRED)
    set(man_pages mtls-desk.1 mtls-desk-cli.1 mtls-sandbox.1)
    set(man_outputs)
    foreach(page IN LISTS man_pages)
        set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${installer_dir}/${page})
        file(READ ${installer_dir}/${page} text)
        string(REGEX REPLACE "\"mTLS Desk [^\"]*\"" "\"mTLS Desk ${PROJECT_VERSION}\"" text "${text}")
        file(CONFIGURE OUTPUT ${CMAKE_BINARY_DIR}/installer/man/${page} CONTENT "${text}" @ONLY)
        add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/installer/man/${page}.gz
            COMMAND ${GZIP_PROGRAM} -9 -n -f -k ${page}
            DEPENDS ${CMAKE_BINARY_DIR}/installer/man/${page}
            WORKING_DIRECTORY ${CMAKE_BINARY_DIR}/installer/man
            COMMENT "Compressing the man page ${page}"
            VERBATIM)
        list(APPEND man_outputs ${CMAKE_BINARY_DIR}/installer/man/${page}.gz)
    endforeach()
    add_custom_target(mtlsdesk_man_pages ALL DEPENDS ${man_outputs})
    install(FILES ${man_outputs} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# --- Windows: the executable's icon, no console for the GUI, Qt and the other DLLs beside the programs ---------------
if(WIN32)
    file(CONFIGURE OUTPUT ${CMAKE_BINARY_DIR}/installer/mtls-desk.rc
        CONTENT "IDI_ICON1 ICON \"${icons_dir}/mtls-desk.ico\"\n")
    target_sources(mtls-desk PRIVATE ${CMAKE_BINARY_DIR}/installer/mtls-desk.rc)
    set_target_properties(mtls-desk PROPERTIES WIN32_EXECUTABLE TRUE)

    # windeployqt on mtls-desk.exe copies the Qt DLLs and plugins (platforms, tls, styles, imageformats) that all
    # three programs need: the CLI and the sandbox use a subset of the GUI's Qt modules.
    qt_generate_deploy_app_script(TARGET mtls-desk FILENAME_VARIABLE deploy_script)
    install(SCRIPT ${deploy_script})
    # The other DLLs (OpenSSL, QtKeychain, SQLite, cpp-httplib from vcpkg or a similar prefix): found in the bin/
    # folders of CMAKE_PREFIX_PATH (MTLSDESK_DLL_DIRS overrides), Windows' own DLLs left out.
    set(dll_dirs)
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND dll_dirs ${prefix}/bin)
    endforeach()
    set(MTLSDESK_DLL_DIRS "${dll_dirs}" CACHE STRING "Folders searched for the DLLs that the programs need")
    list(JOIN MTLSDESK_DLL_DIRS "\" \"" dll_dirs_quoted)
    install(CODE "
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"$<TARGET_FILE:mtls-desk>\" \"$<TARGET_FILE:mtls-desk-cli>\" \"$<TARGET_FILE:mtls-sandbox>\"
            RESOLVED_DEPENDENCIES_VAR resolved UNRESOLVED_DEPENDENCIES_VAR unresolved
            DIRECTORIES \"${dll_dirs_quoted}\"
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
            POST_EXCLUDE_REGEXES \"[Ss][Yy][Ss][Tt][Ee][Mm]32\")
        foreach(dll IN LISTS resolved)
            file(INSTALL \"\${dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        endforeach()
        if(unresolved)
            message(WARNING \"DLLs not found (add their folders to MTLSDESK_DLL_DIRS): \${unresolved}\")
        endif()")
endif()

# --- macOS: an app bundle (made one in app/CMakeLists.txt) with the icon and Qt inside --------------------------------
if(APPLE)
    # mtls-desk.icns is rendered with the PNGs by scripts/render-icons (no iconutil needed).
    target_sources(mtls-desk PRIVATE ${icons_dir}/mtls-desk.icns)
    set_source_files_properties(${icons_dir}/mtls-desk.icns TARGET_DIRECTORY mtls-desk
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(mtls-desk PROPERTIES
        MACOSX_BUNDLE_GUI_IDENTIFIER ${MTLSDESK_APP_ID}
        MACOSX_BUNDLE_BUNDLE_NAME "mTLS Desk"
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE mtls-desk.icns)
    # macdeployqt copies Qt's frameworks and plugins into the bundle and rewrites every program's load paths; the CLI
    # and the sandbox are named so that it fixes them too. Non-Qt dylibs (OpenSSL, QtKeychain from Homebrew) are
    # copied by macdeployqt as dependencies of the programs.
    install(CODE "
        include(\"${QT_DEPLOY_SUPPORT}\")
        qt_deploy_runtime_dependencies(EXECUTABLE mtls-desk.app
            ADDITIONAL_EXECUTABLES mtls-desk.app/Contents/MacOS/mtls-desk-cli mtls-desk.app/Contents/MacOS/mtls-sandbox)")
endif()

# --- CPack -------------------------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME mtls-desk)
set(CPACK_PACKAGE_VENDOR "mTLS Desk")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "set up mutual TLS with an mTLS gateway")
# Wrapped by hand: dpkg shows the lines as they are (Debian asks for 80 columns at most).
set(CPACK_PACKAGE_DESCRIPTION [[
mTLS Desk helps brand administrators, onboarding support teams and auditors
set up mutual TLS with a LivePerson-style mTLS gateway: log in, discover the
account's domains, inspect and test a PKCS#12 file, upload it, map it to URLs
and check that the mappings are live.

The package holds the desktop application (mtls-desk), a command line for CI
(mtls-desk-cli: inspect, csr, build, rewrap, handshake, check, audit) and a
local sandbox of the service (mtls-sandbox).]])
set(CPACK_PACKAGE_HOMEPAGE_URL ${MTLSDESK_HOMEPAGE})
set(CPACK_PACKAGE_CONTACT ${MTLSDESK_MAINTAINER})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "mTLS Desk")
set(CPACK_PACKAGE_EXECUTABLES mtls-desk "mTLS Desk") # Start menu entry (NSIS)
set(CPACK_PACKAGE_FILE_NAME ${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR})
# RelWithDebInfo binaries carry their debug info; the packages do not.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)
# Nothing of the source tree's build folders in a source package (cmake --build build --target package_source).
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# Debian: dpkg-shlibdeps reads the libraries the programs link (Qt Core/Gui/Widgets/Network, QtKeychain, OpenSSL,
# SQLite, cpp-httplib...) and writes the Depends line with Debian's own package names and minimum versions. What it
# cannot see is added by hand:
#   - the Qt plugins loaded at run time come with packages it already names: the xcb and offscreen platform plugins
#     are in libqt6gui6, the OpenSSL TLS backend in libqt6network6 (Debian 12's qt6-qpa-plugins holds only vnc);
#   - QtKeychain opens libsecret with dlopen() to reach the Secret Service (GNOME Keyring, KeePassXC...); without it
#     only KWallet works;
#   - a Secret Service or KWallet to keep credentials in (recommended: the app says so when there is none), and Qt's
#     Wayland plugin (else Qt runs through XWayland), and Qt's own translations (standard buttons and dialogs in German
#     or Hebrew).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${MTLSDESK_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${MTLSDESK_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # mtls-desk_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Prefix /usr (CPack's DEB default); the desktop database, icon cache and man-db are refreshed by their own dpkg
# triggers on these folders, so the package needs no maintainer scripts.

# Windows: NSIS 3. The installer puts everything in "C:\Program Files\mTLS Desk" (bin\ holds the programs, Qt's DLLs
# and plugins), adds a Start menu entry for mtls-desk and, if asked, bin\ to PATH for mtls-desk-cli.
set(CPACK_NSIS_PACKAGE_NAME "mTLS Desk ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "mTLS Desk")
set(CPACK_NSIS_MUI_ICON ${icons_dir}/mtls-desk.ico)
set(CPACK_NSIS_MUI_UNIICON ${icons_dir}/mtls-desk.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\mtls-desk.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${MTLSDESK_HOMEPAGE})
set(CPACK_NSIS_CONTACT ${MTLSDESK_MAINTAINER})
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN mtls-desk.exe)

# macOS: a disk image with mtls-desk.app and a link to /Applications to drag it onto.
set(CPACK_DMG_VOLUME_NAME "mTLS Desk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
