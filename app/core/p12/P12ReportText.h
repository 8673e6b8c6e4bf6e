#pragma once

#include "p12/P12Report.h"

namespace mtlsdesk::p12 {

// The report as plain text a person reads (the CLI's default output, the GUI's "Copy report").
QString reportText(const Report& report, const QString& fileName);
// One line: the verdict a non-expert reads first.
QString verdictText(const Report& report);

} // namespace mtlsdesk::p12
