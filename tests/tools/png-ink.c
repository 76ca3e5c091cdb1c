/* png-ink.c: how much of a PNG is drawn, for the CLI tests of charts: prints the width,
 * the height and the number of pixels that are not (nearly) white or transparent, and the
 * box around them. A chart that came out blank has no ink; one shrunk by a label has little.
 *
 *   png-ink FILE.png   ->   "WIDTH HEIGHT INK LEFT TOP RIGHT BOTTOM"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <cairo.h>
#include <string.h>

int
main (int    argc,
      char **argv)
{
  cairo_surface_t *surface;
  const unsigned char *data;
  int width, height, stride;
  long ink = 0;
  int left, top, right = -1, bottom = -1;

  if (argc != 2)
    {
      fprintf (stderr, "usage: png-ink FILE.png\n");
      return 2;
    }
  surface = cairo_image_surface_create_from_png (argv[1]);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "%s: %s\n", argv[1],
               cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return 1;
    }
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  left = width;
  top = height;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        /* ARGB32 or RGB24, premultiplied: ink is opaque enough and darker than near-white. */
        unsigned int p;

        memcpy (&p, data + (size_t) y * (size_t) stride + (size_t) x * 4, sizeof p);
        unsigned int a = cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24
                         ? 255 : p >> 24;
        unsigned int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

        if (a < 64 || (r > 240 * a / 255 && g > 240 * a / 255 && b > 240 * a / 255))
          continue;
        ink++;
        left = x < left ? x : left;
        top = y < top ? y : top;
        right = x > right ? x : right;
        bottom = y > bottom ? y : bottom;
      }
  if (ink == 0)
    left = top = 0;
  printf ("%d %d %ld %d %d %d %d\n", width, height, ink, left, top, right, bottom);
  cairo_surface_destroy (surface);
  return 0;
}
