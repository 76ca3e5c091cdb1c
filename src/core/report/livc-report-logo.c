/* livc-report-logo.c: the municipality's logo on a report's cover: a PNG, checked before it
 * is decoded, scaled to fit its box at the top of the cover. A logo that cannot be used is
 * left out with a message; the report is written without it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "livc-report-private.h"

#define LOGO_MAX_BYTES  (4 * 1024 * 1024) /* a logo is tens of KB; more is not a logo */
#define LOGO_MAX_PIXELS 4096              /* per side: 64 MiB decoded at most */
#define LOGO_BOX_W      180.0             /* points: the box at the top of the cover, */
#define LOGO_BOX_H      90.0              /* above the title (which begins 120 pt down) */

typedef struct
{
  const guint8 *data;
  gsize         length;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (length > reader->length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data, length);
  reader->data += length;
  reader->length -= length;
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
logo_error (GError     **error,
            const char  *path,
            const char  *why)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("The logo “%s” is left out of the report: %s"), path, why);
  return FALSE;
}

/* The PNG's size from its header (signature, then the IHDR chunk), before cairo decodes
 * it: a small file may claim an image of gigabytes. */
static gboolean
png_size (const guint8 *data,
          gsize         length,
          guint32      *width,
          guint32      *height)
{
  static const guint8 signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

  if (length < 24 || memcmp (data, signature, sizeof signature) != 0 ||
      memcmp (data + 12, "IHDR", 4) != 0)
    return FALSE;
  *width = (guint32) data[16] << 24 | (guint32) data[17] << 16 | (guint32) data[18] << 8 |
           data[19];
  *height = (guint32) data[20] << 24 | (guint32) data[21] << 16 | (guint32) data[22] << 8 |
            data[23];
  return TRUE;
}

/**
 * livc_report_set_logo:
 * @path: a PNG file, or NULL for no logo
 *
 * Puts the logo at @path on the report's cover. When it cannot be used (missing, not a
 * PNG, too large), sets @error to a message that says so and leaves the report without a
 * logo: the caller shows the message and writes the report all the same.
 */
gboolean
livc_report_set_logo (LivcReport  *self,
                      const char  *path,
                      GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local = NULL;
  cairo_surface_t *surface;
  PngReader reader;
  GStatBuf st;
  gsize length;
  guint32 width, height;

  g_return_val_if_fail (LIVC_IS_REPORT (self), FALSE);

  g_clear_pointer (&self->logo, cairo_surface_destroy);
  if (path == NULL || *path == '\0')
    return TRUE;
  if (g_stat (path, &st) != 0)
    return logo_error (error, path, g_strerror (errno));
  if (!S_ISREG (st.st_mode))
    return logo_error (error, path, _("it is not a file"));
  if (st.st_size > LOGO_MAX_BYTES)
    return logo_error (error, path, _("it is larger than 4 MB"));
  if (!g_file_get_contents (path, &contents, &length, &local))
    return logo_error (error, path, local->message);
  if (!png_size ((const guint8 *) contents, length, &width, &height))
    return logo_error (error, path, _("it is not a PNG image"));
  if (width == 0 || height == 0 || width > LOGO_MAX_PIXELS || height > LOGO_MAX_PIXELS)
    return logo_error (error, path, _("it is larger than 4096 × 4096 pixels"));
  reader.data = (const guint8 *) contents;
  reader.length = length;
  surface = cairo_image_surface_create_from_png_stream (read_png, &reader);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return logo_error (error, path, _("the PNG image is damaged"));
    }
  self->logo = surface;
  return TRUE;
}

/* The logo in its box at the top left of the cover, scaled to fit, as a figure. */
void
_livc_report_draw_logo (LivcReport *self,
                        cairo_t    *cr)
{
  double w, h, scale;

  if (self->logo == NULL)
    return;
  w = cairo_image_surface_get_width (self->logo);
  h = cairo_image_surface_get_height (self->logo);
  scale = MIN (LOGO_BOX_W / w, LOGO_BOX_H / h);
  cairo_tag_begin (cr, "Figure", NULL);
  cairo_save (cr);
  cairo_translate (cr, MARGIN_X, CONTENT_TOP);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, self->logo, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_rectangle (cr, 0, 0, w, h);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_tag_end (cr, "Figure");
}
