/* livc-xml.h: safe reading of untrusted XML and the helpers the loader and writer share.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libxml/tree.h>

#include "livc-assessment.h"
#include "livc-diagnostics.h"
#include "livc-foreign-private.h"

G_BEGIN_DECLS

/* Both XInclude namespaces: libxml2 processes the 2003 one of the draft too. */
#define LIVC_XINCLUDE_NS      "http://www.w3.org/2001/XInclude"
#define LIVC_XINCLUDE_2003_NS "http://www.w3.org/2003/XInclude"
#define LIVC_XML_NS      "http://www.w3.org/XML/1998/namespace"

xmlDoc   *livc_xml_read_file       (const char      *path,
                                    LivcDiagnostics *diag,
                                    GError         **error);
xmlDoc   *livc_xml_read_memory     (const char      *data,
                                    gsize            length,
                                    const char      *display_name,
                                    LivcDiagnostics *diag,
                                    GError         **error);
gboolean  livc_xml_validate        (xmlDoc          *doc,
                                    const char      *schema_resource,
                                    const char      *display_name,
                                    LivcDiagnostics *diag);
int       livc_xml_line            (xmlNode         *node);
gboolean  livc_xml_is              (xmlNode         *node,
                                    const char      *ns,
                                    const char      *name);
char     *livc_xml_prop            (xmlNode         *node,
                                    const char      *name);
char     *livc_xml_text            (xmlNode         *node);
void      livc_xml_collect_foreign (xmlNode         *node,
                                    const char      *own_ns,
                                    LivcForeign     *foreign);
void      livc_xml_write_foreign   (xmlNode           *node,
                                    const LivcForeign *foreign);
void      livc_xml_write_foreign_attributes (xmlNode           *node,
                                             const LivcForeign *foreign);
void      livc_xml_write_foreign_elements   (xmlNode           *node,
                                             const LivcForeign *foreign);
GBytes   *livc_xml_dump            (xmlDoc          *doc);
gboolean  livc_xml_is_xinclude     (xmlNode         *node);
void      livc_xml_init            (void);

G_END_DECLS
