/* livc-xml-limits.h: structural limits checked in one linear pass over a document before
 * the parser builds its tree and the schema validates it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "livc-diagnostics.h"

G_BEGIN_DECLS

/* Far above any real questionnaire or assessment (docs/formats.md, "Limits"): the
 * largest shipped file has 2,756 nodes, 6 attributes on an element, 67 children under one
 * element and 4 levels. */
#define LIVC_XML_MAX_NODES        50000    /* elements, attributes and texts in a file */
#define LIVC_XML_MAX_ATTRIBUTES   256      /* on one element, namespace declarations too */
#define LIVC_XML_MAX_CHILDREN     2500     /* child elements of one element */
#define LIVC_XML_MAX_DEPTH        128      /* levels of nested elements */
#define LIVC_XML_MAX_TEXT         (1024 * 1024) /* bytes of one text or comment */
#define LIVC_XML_MAX_PARTICIPANTS 1000     /* <participant> elements in a file */
#define LIVC_XML_MAX_ANSWERS      2000     /* <answer> elements in a file */
#define LIVC_XML_MAX_RATINGS      1000     /* <rating> children of one element */

gboolean livc_xml_check_limits (const char      *data,
                                gsize            length,
                                const char      *display_name,
                                LivcDiagnostics *diag);

G_END_DECLS
